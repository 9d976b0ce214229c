package beskid.lowering.check;

import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.ModuleSymbol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads standard library modules: Beskid sources shipped as resources of this bundle under
 * {@code beskid/std/} (module {@code Std.System.IO} is {@code beskid/std/Std/System/IO.bd}).
 * Each is parsed and checked once and then shared by every compilation (checked modules are
 * immutable), which keeps repeated lowering cheap.
 */
public final class ModuleLoader {
    /** Resource folder of the standard library sources. */
    public static final String STD_ROOT = "beskid/std/";

    private final SourceParser parser;
    private final ClassLoader resources;
    private final Map<String, CheckedModule> cache = new HashMap<>();
    private final Set<String> loading = new HashSet<>();

    /**
     * @param parser parses the library sources
     * @param resources the class loader that holds the library sources (the bundle's)
     */
    public ModuleLoader(SourceParser parser, ClassLoader resources) {
        this.parser = parser;
        this.resources = resources;
    }

    /**
     * The checked Std module with this qualified name, or null if there is none.
     *
     * @throws IllegalStateException if the library source itself does not check (a bug of the
     *         library, reported by the pipeline as an internal error)
     */
    public synchronized CheckedModule std(String name) {
        CheckedModule cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        String text = read(STD_ROOT + name.replace('.', '/') + ".bd");
        if (text == null) {
            return null;
        }
        if (!loading.add(name)) {
            throw new IllegalStateException("standard library modules use each other in a cycle: " + name);
        }
        try {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            List<String> errors = new ArrayList<>();
            Reporter reporter = (pos, code, message) ->
                    errors.add(simple + ".bd:" + pos.line() + ":" + pos.column() + ": error[" + code + "]: " + message);
            CompilationUnit unit = parser.parse(simple + ".bd", text, reporter);
            ModuleSymbol module =
                    new ModuleSymbol(name, name.replace('.', '/'), simple + ".bd", null, true, unit.items());
            CheckedModule checked = errors.isEmpty() ? ModuleChecker.check(module, this, reporter) : null;
            if (!errors.isEmpty()) {
                throw new IllegalStateException(
                        "standard library module " + name + " does not compile: " + errors.get(0));
            }
            cache.put(name, checked);
            return checked;
        } finally {
            loading.remove(name);
        }
    }

    private String read(String resource) {
        try (InputStream in = resources.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
