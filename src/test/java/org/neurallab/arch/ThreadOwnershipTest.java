package org.neurallab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The training service owns every background thread of the app: nothing else makes threads or thread pools. */
class ThreadOwnershipTest {

    private static final DescribedPredicate<JavaCall<?>> MAKES_THREADS =
            new DescribedPredicate<>("make a thread, a thread pool or a timer thread") {
                @Override
                public boolean test(JavaCall<?> call) {
                    JavaClass owner = call.getTargetOwner();
                    boolean constructor = call.getTarget().getName().equals(JavaConstructor.CONSTRUCTOR_NAME);
                    return owner.isEquivalentTo(Executors.class)
                            || constructor && (owner.isAssignableTo(Thread.class)
                            || owner.isAssignableTo(ExecutorService.class) || owner.isAssignableTo(Timer.class));
                }
            };

    @Test
    void onlyTheTrainingServiceMakesThreads() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.neurallab");
        noClasses().that().resideOutsideOfPackage("org.neurallab.train..")
                .should().callCodeUnitWhere(MAKES_THREADS)
                .because("every lab's work runs on the app's TrainingService, which names its threads, makes them "
                        + "daemons that log failures and ends them when the app closes")
                .check(classes);
    }
}
