package beskid.conformance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Only beskid.eclipse imports {@code org.eclipse.*}: the Eclipse runtime resolves on Equinox
 * only, and every other bundle must keep running on any framework (Felix included). LSP4J
 * ({@code org.eclipse.lsp4j}, imported by beskid.lsp) is the one exception: plain bundles that
 * need nothing of Eclipse's and resolve on Felix too (LanguageServerIT).
 */
class EclipseImportsTest {
    private static final String ECLIPSE_BUNDLE = "beskid.eclipse..";
    private static JavaClasses beskid;

    @BeforeAll
    static void importEveryBundle() {
        beskid = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("beskid");
    }

    @Test
    void noBundleButBeskidEclipseDependsOnEclipse() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ECLIPSE_BUNDLE)
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.eclipse..").and(resideOutsideOfPackage("org.eclipse.lsp4j..")))
                .check(beskid);
    }

    @Test
    void theRuleSeesTheEclipseBundleAndEveryOther() {
        org.assertj.core.api.Assertions.assertThat(
                        beskid.stream().map(c -> c.getPackageName()).distinct())
                .contains(
                        "beskid.abi",
                        "beskid.lowering.api",
                        "beskid.backend.jit",
                        "beskid.backend.aot",
                        "beskid.cli.launcher",
                        "beskid.lsp.server",
                        "beskid.eclipse.build");
        // and it would catch an import: the Eclipse bundle itself has them
        classes()
                .that()
                .haveFullyQualifiedName("beskid.eclipse.build.BeskidBuilder")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.eclipse..")
                .check(beskid);
    }
}
