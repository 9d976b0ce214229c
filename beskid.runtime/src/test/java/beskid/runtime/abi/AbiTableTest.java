package beskid.runtime.abi;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.Abi;
import beskid.abi.InteropTag;
import beskid.abi.ReturnGroup;
import beskid.abi.RuntimeSymbol;
import beskid.runtime.testing.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for the symbol table: the enum {@link RuntimeSymbol}. The list the OSGi
 * resolver sees (cnf/abi.bnd, put into the runtime's capability) and the ABI note under
 * docs/abi/ must say the same. The built manifest is checked by {@link AbiManifestIT}.
 */
class AbiTableTest {
    private static final List<String> ENUM_NAMES =
            Arrays.stream(RuntimeSymbol.values()).map(Enum::name).toList();

    @Test
    void testRuntimeExportSymbols_areTheEnumInDeclarationOrder() {
        assertThat(Abi.RUNTIME_EXPORT_SYMBOLS).containsExactly(RuntimeSymbol.values());
        assertThat(Abi.INTEROP_TAGS).containsExactly(InteropTag.values());
    }

    @Test
    void testAbiBnd_symbolsAreTheEnumInOrder() {
        List<String> listed = Arrays.stream(
                        Workspace.abiBnd("beskid.abi.symbols").split(","))
                .map(String::trim)
                .toList();
        assertThat(listed).as("beskid.abi.symbols in cnf/abi.bnd").containsExactlyElementsOf(ENUM_NAMES);
    }

    @Test
    void testAbiBnd_versionMajorIsTheAbiVersion() {
        int n = Abi.BESKID_RUNTIME_ABI_VERSION;
        String version = Workspace.abiBnd("beskid.abi.version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(Integer.parseInt(version.substring(0, version.indexOf('.')))).isEqualTo(n);
        // consumers import [N, N+1) and require the capability in the same range
        assertThat(Workspace.abiBnd("beskid.abi.range")).isEqualTo("[" + n + "," + (n + 1) + ")");
        assertThat(Workspace.abiBnd("beskid.abi.filter.version"))
                .isEqualTo("(&(version>=" + n + ".0.0)(!(version>=" + (n + 1) + ".0.0)))");
    }

    @Test
    void testSymbols_haveDescriptorsExceptTheThreeDispatchEntries() {
        Set<RuntimeSymbol> dispatch = Arrays.stream(RuntimeSymbol.values())
                .filter(RuntimeSymbol::isInteropDispatch)
                .collect(Collectors.toSet());
        assertThat(dispatch)
                .containsExactlyInAnyOrder(
                        RuntimeSymbol.interop_dispatch_unit,
                        RuntimeSymbol.interop_dispatch_usize,
                        RuntimeSymbol.interop_dispatch_ptr);
        for (ReturnGroup group : ReturnGroup.values()) {
            assertThat(group.dispatchSymbol().isInteropDispatch())
                    .as(group.name())
                    .isTrue();
        }
        for (RuntimeSymbol symbol : RuntimeSymbol.values()) {
            assertThat(symbol.descriptor() == null).as(symbol.name()).isEqualTo(symbol.isInteropDispatch());
        }
    }

    @Test
    void testInteropTags_haveUniqueIdsAndFunctions() {
        assertThat(Arrays.stream(InteropTag.values())
                        .map(InteropTag::id)
                        .distinct()
                        .count())
                .isEqualTo(InteropTag.values().length);
        assertThat(Arrays.stream(InteropTag.values())
                        .map(InteropTag::function)
                        .distinct()
                        .count())
                .isEqualTo(InteropTag.values().length);
        for (InteropTag tag : InteropTag.values()) {
            assertThat(tag.id()).as(tag.name()).isPositive();
            assertThat(InteropTag.byId(tag.id())).isSameAs(tag);
            assertThat(InteropTag.byFunction(tag.function())).isSameAs(tag);
        }
    }

    /** docs/abi/vN.md, the note of the current major version, lists every symbol and tag as the enums say. */
    @Test
    void testAbiNote_listsEverySymbolAndTagOfTheCurrentVersion() throws IOException {
        Path note = Workspace.root().resolve("docs/abi/v" + Abi.BESKID_RUNTIME_ABI_VERSION + ".md");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        for (RuntimeSymbol symbol : RuntimeSymbol.values()) {
            String descriptor = symbol.descriptor() == null ? "tag's" : "`" + symbol.descriptor() + "`";
            assertThat(text)
                    .as(note + " row of " + symbol)
                    .contains("| `" + symbol.name() + "` | `" + symbol.signature() + "` | " + descriptor + " |");
        }
        for (InteropTag tag : InteropTag.values()) {
            assertThat(text)
                    .as(note + " row of " + tag)
                    .contains("| " + tag.id() + " | `" + tag.name() + "` | `"
                            + tag.function() + "` | " + tag.group() + " | `"
                            + tag.group().dispatchSymbol() + "` | `"
                            + tag.descriptor() + "` |");
        }
    }
}
