package dev.panj.scenarios;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The scenarios module sits on sim-core: the model never reads scenario files. */
@AnalyzeClasses(packages = "dev.panj", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_simCoreBelowScenarios = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("sim-core").definedBy("dev.panj.sim..")
            .layer("scenarios").definedBy("dev.panj.scenarios..")
            .whereLayer("scenarios").mayNotBeAccessedByAnyLayer();

    @ArchTest
    static final ArchRule packages_areFreeOfCycles = slices().matching("dev.panj.(**)").should().beFreeOfCycles();
}
