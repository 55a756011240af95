package dev.panj.results;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The results module sits on scenarios and sim-core, and neither of them knows it. */
@AnalyzeClasses(packages = "dev.panj", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_simCoreScenariosResults = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("sim-core").definedBy("dev.panj.sim..")
            .layer("scenarios").definedBy("dev.panj.scenarios..")
            .layer("results").definedBy("dev.panj.results..")
            .whereLayer("results").mayNotBeAccessedByAnyLayer()
            .whereLayer("scenarios").mayOnlyBeAccessedByLayers("results");

    @ArchTest
    static final ArchRule packages_areFreeOfCycles = slices().matching("dev.panj.(**)").should().beFreeOfCycles();
}
