package beskid.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers inside beskid.lowering (docs/LOWERING.md, "Pipeline"): the semantic model
 * ({@code sema}) is what the checking passes ({@code check}) build and the emitters
 * ({@code emit}) read, so the emitters never reach into the passes and the model depends on
 * neither. The exported API holds contracts and value types and depends on no implementation
 * package.
 */
class LoweringLayersTest {
    private static JavaClasses lowering;

    @BeforeAll
    static void importLowering() {
        lowering = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("beskid.lowering");
    }

    @Test
    void thePackagesTheRulesNameExist() {
        assertThat(lowering.stream().map(JavaClass::getPackageName).distinct())
                .contains(
                        "beskid.lowering.sema",
                        "beskid.lowering.check",
                        "beskid.lowering.emit",
                        "beskid.lowering.api",
                        "beskid.lowering.backend");
    }

    @Test
    void emitDoesNotDependOnTheCheckingPasses() {
        noClasses()
                .that()
                .resideInAPackage("beskid.lowering.emit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("beskid.lowering.check..")
                .check(lowering);
    }

    @Test
    void theSemanticModelDependsOnNeitherPassesNorEmitters() {
        noClasses()
                .that()
                .resideInAPackage("beskid.lowering.sema..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "beskid.lowering.check..",
                        "beskid.lowering.emit..",
                        "beskid.lowering.syntax..",
                        "beskid.lowering.service..")
                .check(lowering);
    }

    @Test
    void theApiDependsOnNoImplementationPackage() {
        noClasses()
                .that()
                .resideInAPackage("beskid.lowering.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "beskid.lowering.ast..",
                        "beskid.lowering.syntax..",
                        "beskid.lowering.sema..",
                        "beskid.lowering.check..",
                        "beskid.lowering.emit..",
                        "beskid.lowering.service..",
                        "beskid.lowering.backend..")
                .check(lowering);
    }
}
