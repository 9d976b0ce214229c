package beskid.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Boundary invariant 3: backends contain no I/O or OS policy of their own. Every platform
 * effect (consoles, files, processes, environment, exit, sockets) belongs to beskid.runtime.
 * In-memory streams (packaging an artifact into bytes) are allowed.
 */
class NoBackendPlatformPolicyTest {
    private static final String BACKENDS = "beskid.backend..";
    private static JavaClasses backends;

    @BeforeAll
    static void importBackends() {
        backends = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("beskid.backend");
    }

    @Test
    void backendsExist() {
        org.assertj.core.api.Assertions.assertThat(
                        backends.stream().map(c -> c.getPackageName()).distinct())
                .contains("beskid.backend.jit", "beskid.backend.aot");
    }

    @Test
    void backendsDoNotTouchTheConsole() {
        rule(noClasses()
                .that()
                .resideInAPackage(BACKENDS)
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .accessField(System.class, "in")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.Console")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.FileDescriptor"));
    }

    @Test
    void backendsDoNotExitOrStartProcesses() {
        rule(noClasses()
                .that()
                .resideInAPackage(BACKENDS)
                .should()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Runtime")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.ProcessBuilder")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.Process"));
    }

    @Test
    void backendsDoNotReadTheEnvironmentOrClockOrSleep() {
        rule(noClasses()
                .that()
                .resideInAPackage(BACKENDS)
                .should()
                .callMethod(System.class, "getenv", String.class)
                .orShould()
                .callMethod(System.class, "getenv")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Thread.class, "sleep", long.class)
                .orShould()
                .callConstructor(Thread.class, Runnable.class));
    }

    @Test
    void backendsDoNotUseFilesOrSockets() {
        rule(noClasses()
                .that()
                .resideInAPackage(BACKENDS)
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.io.File")
                .orShould()
                .dependOnClassesThat()
                .haveNameMatching(
                        "java\\.io\\.File(In|Out)putStream|java\\.io\\.File(Reader|Writer)|java\\.io\\.RandomAccessFile")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("java.nio.file..")
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("java.nio.channels..")
                .orShould()
                .dependOnClassesThat()
                .haveNameMatching("java\\.net\\.(Server|Datagram)?Socket.*|java\\.net\\.HttpURLConnection"));
    }

    private static void rule(ArchRule rule) {
        rule.check(backends);
    }
}
