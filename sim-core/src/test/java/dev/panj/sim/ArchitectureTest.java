package dev.panj.sim;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * What sim-core, the model, may use: the JDK without files, MASON's engine (not its GUI) and Commons Math. File
 * formats, the file system and displays belong to the modules above it (scenarios, results, ui).
 */
@AnalyzeClasses(packages = "dev.panj.sim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> FILE_IO =
            resideInAPackage("java.io").and(simpleNameStartingWith("File").or(simpleName("RandomAccessFile")))
                    .or(resideInAnyPackage("java.nio.file..", "java.nio.channels.."))
                    .as("do file I/O (java.io.File*, RandomAccessFile, java.nio.file, java.nio.channels)");

    @ArchTest
    static final ArchRule simCore_dependsOnlyOnTheJdkMasonsEngineAndCommonsMath = classes()
            .that().resideInAPackage("dev.panj.sim..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.panj.sim..", "java..", "sim.engine..",
                    "sim.util..", "ec.util..", "org.apache.commons.math3..")
            .because("the model knows nothing of files, YAML, JSON, CSV, charts or displays (STYLE.md, Layout)");

    @ArchTest
    static final ArchRule simCore_doesNoFileIo = noClasses()
            .that().resideInAPackage("dev.panj.sim..")
            .should().dependOnClassesThat(FILE_IO)
            .because("scenarios are read and results written by the modules above sim-core");

    @ArchTest
    static final ArchRule simCore_usesNoYamlOrJson = noClasses()
            .that().resideInAPackage("dev.panj.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("org.yaml..", "org.snakeyaml..",
                    "com.fasterxml.jackson..", "org.json..", "javax.json..", "jakarta.json..", "com.google.gson..");

    @ArchTest
    static final ArchRule simCore_usesNoSwingAwtOrMasonDisplay = noClasses()
            .that().resideInAPackage("dev.panj.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..",
                    "sim.display..", "sim.portrayal..", "sim.portrayal3d..")
            .because("the model runs headless; the GUI (ui) reads it, as MASON's GUIState does");

    @ArchTest
    static final ArchRule simCore_packages_areFreeOfCycles = slices()
            .matching("dev.panj.sim.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule systems_neverReachTheModel = noClasses()
            .that().resideInAPackage("dev.panj.sim..")
            .and().doNotHaveFullyQualifiedName("dev.panj.sim.model.BorderModel")
            .and().doNotHaveFullyQualifiedName("dev.panj.sim.Simulation")
            .should().dependOnClassesThat().haveFullyQualifiedName("dev.panj.sim.model.BorderModel")
            .because("systems get what they need from ModelContext and the interfaces they declare, never by "
                    + "casting MASON's state to the model");

    @ArchTest
    static final ArchRule agents_areNotSteppedThemselves = noClasses()
            .that().haveFullyQualifiedName("dev.panj.sim.model.MilitantGroup")
            .or().haveFullyQualifiedName("dev.panj.sim.model.ReactionUnit")
            .or().haveFullyQualifiedName("dev.panj.sim.model.Patrol")
            .or().haveFullyQualifiedName("dev.panj.sim.model.NationalCommand")
            .or().haveFullyQualifiedName("dev.panj.sim.model.Engagement")
            .should().beAssignableTo("sim.engine.Steppable")
            .because("the systems move and decide for the agents; a step() on an agent would be a second, unused path");
}
