package org.neurallab.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend on each other one way: the network ({@code engine}) on layers, losses and
 * optimizers, those on the specs ({@code engine.model}), the specs on the activation functions. Each
 * package, the root one included, is its own slice.
 */
class EngineCyclesTest {
    /** One slice per package under org.neurallab.engine, the root package included. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.equals("org.neurallab.engine") || pkg.startsWith("org.neurallab.engine.")
                    ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of org.neurallab.engine";
        }
    };

    @Test
    void enginePackagesAreFreeOfCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.neurallab.engine");
        slices().assignedFrom(BY_PACKAGE)
                .should().beFreeOfCycles()
                .check(classes);
    }
}
