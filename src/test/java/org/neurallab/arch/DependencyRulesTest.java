package org.neurallab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurallab.app.I18n;

/**
 * Which package may use which: no cycles between packages, the labs independent of each other, and one
 * composition root ({@code org.neurallab.root}) that is the only code knowing every lab.
 */
class DependencyRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.neurallab");
    }

    @Test
    void noCyclesBetweenTheTopLevelPackages() {
        slices().matching("org.neurallab.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Finer: no two packages anywhere depend on each other, e.g. a lab's page and its views, or the shell and
     * {@code app}. The engine's own packages are left to {@code LayeringTest} and the engine's work on its
     * layer cycle: dependencies that start in the engine are not looked at here.
     */
    @Test
    void noCyclesBetweenAnyTwoPackages() {
        slices().matching("org.neurallab.(**)").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage("org.neurallab.engine.."),
                        DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void noLabImportsAnotherLab() {
        slices().matching("org.neurallab.lab.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void onlyTheCompositionRootImportsTheLabs() {
        noClasses().that().resideOutsideOfPackages("org.neurallab.lab..", "org.neurallab.root..")
                .should().dependOnClassesThat().resideInAPackage("org.neurallab.lab..")
                .check(classes);
    }

    @Test
    void theCommandLineImportsNoLabAndNoWindow() {
        noClasses().that().resideInAPackage("org.neurallab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neurallab.lab..", "org.neurallab.app..",
                        "org.neurallab.root..", "org.neurallab.ui..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackage("org.neurallab.root..")
                .should().dependOnClassesThat().resideInAPackage("org.neurallab.root..")
                .check(classes);
    }

    /** Listeners on the language go through I18n, which holds them weakly; only the app's own code reads the property. */
    @Test
    void onlyTheAppTouchesTheLanguagePropertyItself() {
        noClasses().that().resideOutsideOfPackage("org.neurallab.app..")
                .should().callMethod(I18n.class, "localeProperty")
                .check(classes);
    }
}
