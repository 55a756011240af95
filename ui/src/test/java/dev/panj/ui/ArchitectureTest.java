package dev.panj.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module layering, sim-core ← scenarios ← results ← ui, with every module of panj.jar on the class path. */
@AnalyzeClasses(packages = "dev.panj", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers_simCoreScenariosResultsUi = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("sim-core").definedBy("dev.panj.sim..")
            .layer("scenarios").definedBy("dev.panj.scenarios..")
            .layer("results").definedBy("dev.panj.results..")
            .layer("ui").definedBy("dev.panj.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("results").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("scenarios").mayOnlyBeAccessedByLayers("results", "ui");

    /**
     * Every package, across modules and within them. One dependency is set aside: the root command lists its
     * subcommands, {@code gui} among them, and {@code panj gui} reports user mistakes with the command line's
     * {@code UserError}; any other dependency of the command line on the GUI's package would make a cycle.
     */
    @ArchTest
    static final ArchRule packages_areFreeOfCycles = slices().matching("dev.panj.(**)").should().beFreeOfCycles()
            .ignoreDependency("dev.panj.ui.PanjCommand", "dev.panj.ui.gui.GuiCommand");
}
