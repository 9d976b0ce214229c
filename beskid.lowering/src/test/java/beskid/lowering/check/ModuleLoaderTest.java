package beskid.lowering.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import beskid.lowering.sema.CheckedModule;
import beskid.lowering.service.StdParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The standard library is read from resources, checked once and shared; a library source that
 * does not check, or modules that use each other in a cycle, are reported with the module's name.
 */
class ModuleLoaderTest {
    private static final SourceParser PARSER = new StdParser();

    /** A class loader whose only resources are these library files. */
    private static ClassLoader library(Map<String, String> files) {
        return new ClassLoader(null) {
            @Override
            public InputStream getResourceAsStream(String name) {
                String text = files.get(name);
                return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void testStd_checkedOnceAndSharedByName() {
        ModuleLoader loader = new ModuleLoader(PARSER, ModuleLoaderTest.class.getClassLoader());
        CheckedModule io = loader.std("Std.System.IO");
        assertThat(io).isNotNull();
        assertThat(io.module().name()).isEqualTo("Std.System.IO");
        assertThat(io.module().sourceName()).isEqualTo("IO.bd");
        assertThat(io.module().isStd()).isTrue();
        assertThat(loader.std("Std.System.IO")).isSameAs(io);
        assertThat(loader.std("Std.System.Nope")).isNull();
    }

    @Test
    void testStd_aModuleUsingAnotherLoadsIt() {
        ModuleLoader loader = new ModuleLoader(
                PARSER,
                library(Map.of(
                        "beskid/std/Std/A.bd", "use Std.B;\npub i32 One() { return B.Two() - 1; }\n",
                        "beskid/std/Std/B.bd", "pub i32 Two() { return 2; }\n")));
        CheckedModule a = loader.std("Std.A");
        assertThat(a.module().functions()).containsOnlyKeys("One");
        assertThat(loader.std("Std.B").module().functions()).containsOnlyKeys("Two");
    }

    @Test
    void testStd_aLibraryModuleThatDoesNotCheckIsAnInternalError() {
        ModuleLoader loader = new ModuleLoader(
                PARSER, library(Map.of("beskid/std/Std/Text/Bad.bd", "pub i32 F() {\n    return \"s\";\n}\n")));
        assertThatThrownBy(() -> loader.std("Std.Text.Bad"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("standard library module Std.Text.Bad does not compile: "
                        + "Bad.bd:2:12: error[E0301]: type mismatch: expected i32, found string");
        // not cached as checked: asking again reports again
        assertThatThrownBy(() -> loader.std("Std.Text.Bad")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void testStd_aSyntaxErrorInTheLibraryIsReportedBeforeChecking() {
        ModuleLoader loader = new ModuleLoader(PARSER, library(Map.of("beskid/std/Std/Broken.bd", "pub i32 F( {\n")));
        assertThatThrownBy(() -> loader.std("Std.Broken"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("standard library module Std.Broken does not compile: Broken.bd:1:");
    }

    @Test
    void testStd_modulesUsingEachOtherInACycleAreReported() {
        ModuleLoader loader = new ModuleLoader(
                PARSER,
                library(Map.of(
                        "beskid/std/Std/A.bd", "use Std.B;\npub i32 One() { return 1; }\n",
                        "beskid/std/Std/B.bd", "use Std.A;\npub i32 Two() { return 2; }\n")));
        assertThatThrownBy(() -> loader.std("Std.A"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("standard library modules use each other in a cycle: Std.A");
    }
}
