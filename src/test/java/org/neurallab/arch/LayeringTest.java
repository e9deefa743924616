package org.neurallab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers below the UI stay free of JavaFX, and dependencies point one way (README, "Layout"). */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.neurallab");
    }

    @Test
    void engineDataTrainIoAndCliUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.neurallab.engine..", "org.neurallab.data..",
                        "org.neurallab.train..", "org.neurallab.io..", "org.neurallab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void engineDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.neurallab.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neurallab.data..", "org.neurallab.train..",
                        "org.neurallab.io..", "org.neurallab.cli..", "org.neurallab.app..", "org.neurallab.lab..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiDependsOnTheUi() {
        noClasses().that().resideInAnyPackage("org.neurallab.engine..", "org.neurallab.data..",
                        "org.neurallab.train..", "org.neurallab.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neurallab.app..", "org.neurallab.lab..",
                        "org.neurallab.cli..")
                .check(classes);
    }
}
