package beskid.lowering.load;

import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.ast.CompilationUnit;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.diag.Diagnostics;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.syntax.Parser;
import beskid.lowering.syntax.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a program: parses the entry file, then each module file its {@code pub mod}
 * declarations name, depth first, each file once. A module's symbol is made here and linked
 * under its parent, so the checker sees one tree of modules.
 *
 * <p>Module paths are relative to the root: {@code pub mod geo;} in the entry file declares
 * module {@code geo}, and {@code pub mod shapes;} in {@code geo/mod.bd} declares
 * {@code geo.shapes}. A path names one module however it is reached ({@code pub mod a.b;} in
 * the root and {@code pub mod b;} in {@code a.bd} load {@code a/b.bd} once).
 */
public final class ProgramLoader {
    private final SourceLoader loader;
    /** Parses files; null parses each afresh (lowering). */
    private final FileParser parser;

    private final List<ProgramFile> files = new ArrayList<>();
    private final Map<String, ProgramFile> byPath = new HashMap<>();
    /** Modules by path from the root (the root's is empty). */
    private final Map<List<String>, ModuleSymbol> modules = new HashMap<>();
    /** Modules made for the middle segments of {@code pub mod a.b;} that have no file of their own. */
    private final Set<ModuleSymbol> folders = new HashSet<>();
    /** Folder modules that gave way to a module of a file of the same path, and that module. */
    private final Map<ModuleSymbol, ModuleSymbol> replaced = new HashMap<>();
    /** Files being loaded, outermost first: a file met again among them closes a cycle. */
    private final Set<String> loading = new LinkedHashSet<>();

    private int nextBase;
    private ModuleSymbol root;

    private ProgramLoader(SourceLoader loader, FileParser parser) {
        this.loader = loader;
        this.parser = parser;
    }

    /** Loads every file of the program; problems are diagnostics of the file that declares the module. */
    public static Program load(SourceSet sources) {
        return load(sources, null);
    }

    /** Loads every file of the program, each parsed by {@code parser} (null: parsed afresh). */
    public static Program load(SourceSet sources, FileParser parser) {
        ProgramLoader l = new ProgramLoader(sources.loader(), parser);
        l.loadRoot(sources.entry());
        return new Program(l.files);
    }

    /** A file's text and tree, with its own diagnostics collector. */
    private record Parsed(SourceText text, Diagnostics diags, CompilationUnit unit) {}

    /** Parses a file; its positions take the next free offset range. */
    private Parsed parse(SourceUnit source) {
        if (parser != null) {
            ParsedFile p = parser.parse(source, nextBase);
            nextBase = p.text().base() + p.text().length() + 1;
            return new Parsed(p.text(), p.diagnostics(), p.unit());
        }
        SourceText text = SourceText.decode(source.path(), source.content(), nextBase);
        Diagnostics diags = new Diagnostics(text);
        CompilationUnit unit = Parser.parse(text, diags);
        nextBase += text.length() + 1;
        return new Parsed(text, diags, unit);
    }

    private void loadRoot(SourceUnit entry) {
        String path = entry.fileName();
        Parsed parsed = parse(entry);
        CompilationUnit unit = parsed.unit();
        String name = ownName(unit);
        if (name == null) {
            name = path.endsWith(".bd") ? path.substring(0, path.length() - 3) : path;
        }
        root = new ModuleSymbol(name, "prog/" + name.replace('.', '/'), path, null, false, unit.items());
        root.joinProgram(root);
        modules.put(List.of(), root);
        ProgramFile file = new ProgramFile(path, entry, parsed.text(), parsed.diags(), unit, root);
        misplacedOwnNames(file);
        add(file);
        loading.add(path);
        children(file, List.of(), ModulePaths.childFolder(path, true));
        loading.remove(path);
    }

    private void add(ProgramFile file) {
        files.add(file);
        byPath.put(file.path(), file);
    }

    /** Loads and links the child modules a file declares, shorter paths first ({@code a} before {@code a.b}). */
    private void children(ProgramFile file, List<String> modulePath, String folder) {
        List<ModDecl> decls = new ArrayList<>();
        for (Item item : file.unit().items()) {
            if (item instanceof ModDecl m && m.pub()) {
                decls.add(m);
            }
        }
        decls.sort(Comparator.comparingInt(m -> m.path().size()));
        Set<List<String>> declared = new HashSet<>();
        for (ModDecl decl : decls) {
            if (!declared.add(decl.path())) {
                error(file, decl, ErrorCode.DUPLICATE, "the module `" + dotted(decl.path()) + "` is declared twice");
                continue;
            }
            ModuleSymbol child = child(file, decl, modulePath, folder);
            if (child != null) {
                link(file, decl, modulePath, child);
            }
        }
    }

    /** The module a {@code pub mod} declaration names: loaded now, loaded before, or null after an error. */
    private ModuleSymbol child(ProgramFile file, ModDecl decl, List<String> modulePath, String folder) {
        List<String> path = concat(modulePath, decl.path());
        ModuleSymbol known = modules.get(path);
        if (known != null && !folders.contains(known)) {
            return known; // a module loaded twice is one module
        }
        List<String> candidates = ModulePaths.candidates(folder, decl.path());
        for (String candidate : candidates) {
            if (loading.contains(candidate)) {
                List<String> chain = new ArrayList<>(loading);
                chain = chain.subList(chain.indexOf(candidate), chain.size());
                error(
                        file,
                        decl,
                        ErrorCode.MODULE_CYCLE,
                        "module files load each other in a cycle: " + String.join(" -> ", chain) + " -> " + candidate);
                return null;
            }
            ProgramFile loaded = byPath.get(candidate);
            if (loaded != null) {
                return loaded.module();
            }
            SourceUnit unit;
            try {
                unit = loader.load(candidate);
            } catch (IOException | RuntimeException e) {
                error(file, decl, ErrorCode.MODULE_FILE, "cannot read `" + candidate + "`: " + e.getMessage());
                return null;
            }
            if (unit != null) {
                ModuleSymbol module = load(unit, candidate, path);
                if (known != null) {
                    adopt(file, decl, known, module);
                }
                return module;
            }
        }
        error(
                file,
                decl,
                ErrorCode.MODULE_FILE,
                "no file for module `" + dotted(decl.path()) + "`: looked for `" + candidates.get(0) + "` and `"
                        + candidates.get(1) + "`");
        return null;
    }

    /** Parses a module file, makes its module and loads its own children. */
    private ModuleSymbol load(SourceUnit source, String path, List<String> modulePath) {
        Parsed parsed = parse(source);
        CompilationUnit unit = parsed.unit();
        ModuleSymbol module = new ModuleSymbol(
                dotted(modulePath),
                root.internalName() + "$" + String.join("$", modulePath),
                path,
                null,
                false,
                unit.items());
        module.joinProgram(root);
        modules.put(modulePath, module);
        ProgramFile file = new ProgramFile(path, source, parsed.text(), parsed.diags(), unit, module);
        add(file);
        misplacedOwnNames(file);
        String own = ownName(unit);
        if (own != null && !own.equals(dotted(modulePath))) {
            parsed.diags()
                    .add(
                            unit.items().get(0).pos(),
                            ErrorCode.MODULE_PATH,
                            "this file is loaded as module `" + dotted(modulePath) + "` (from `" + path
                                    + "`), but `mod " + own + ";` names another module");
        }
        loading.add(path);
        children(file, modulePath, ModulePaths.childFolder(path, false));
        loading.remove(path);
        return module;
    }

    /**
     * A module first made for the middle of a longer path ({@code pub mod y.z;} in {@code x.bd}
     * made {@code x.y}) turns out to have a file ({@code pub mod x.y;} in the root): the file's
     * module takes the folder's children and its place.
     */
    private void adopt(ProgramFile file, ModDecl decl, ModuleSymbol folder, ModuleSymbol module) {
        folders.remove(folder);
        for (Map.Entry<String, ModuleSymbol> e : folder.inlineModules().entrySet()) {
            attach(file, decl, module, e.getKey(), e.getValue());
        }
        replaced.put(folder, module);
    }

    /** Puts {@code child} under its parent, making modules for the middle segments of {@code pub mod a.b;}. */
    private void link(ProgramFile file, ModDecl decl, List<String> modulePath, ModuleSymbol child) {
        ModuleSymbol at = file.module();
        List<String> path = modulePath;
        List<String> segments = decl.path();
        for (int i = 0; i < segments.size() - 1; i++) {
            path = concat(path, List.of(segments.get(i)));
            ModuleSymbol next = modules.get(path);
            if (next == null) {
                next = new ModuleSymbol(
                        dotted(path),
                        root.internalName() + "$" + String.join("$", path),
                        at.sourceName(),
                        null,
                        false,
                        List.of());
                next.joinProgram(root);
                modules.put(path, next);
                folders.add(next);
            }
            if (!attach(file, decl, at, segments.get(i), next)) {
                return;
            }
            at = next;
        }
        attach(file, decl, at, segments.get(segments.size() - 1), child);
    }

    private boolean attach(ProgramFile file, ModDecl decl, ModuleSymbol parent, String name, ModuleSymbol child) {
        ModuleSymbol existing = parent.inlineModules().get(name);
        if (existing == child) {
            return true;
        }
        if (existing != null && replaced.get(existing) == child) {
            parent.inlineModules().put(name, child); // the folder module gave way to the module of a file
            return true;
        }
        if (existing != null) {
            error(file, decl, ErrorCode.DUPLICATE, "the module `" + name + "` is declared twice");
            return false;
        }
        if (declaresType(parent, name)) {
            // both would be the class <module>$<name>
            error(file, decl, ErrorCode.DUPLICATE, "the module `" + name + "` has the name of a type of its module");
            return false;
        }
        parent.inlineModules().put(name, child);
        return true;
    }

    private static boolean declaresType(ModuleSymbol module, String name) {
        for (Item item : module.items()) {
            if (item instanceof TypeDecl t && t.name().equals(name)
                    || item instanceof EnumDecl e && e.name().equals(name)
                    || item instanceof ContractDecl c && c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The name a file's leading {@code mod a.b;} gives its module, or null. */
    private static String ownName(CompilationUnit unit) {
        if (!unit.items().isEmpty()
                && unit.items().get(0) instanceof ModDecl m
                && !m.pub()
                && !m.path().isEmpty()) {
            return dotted(m.path());
        }
        return null;
    }

    /** {@code mod a.b;} names the file's own module, so only its first item may be one. */
    private static void misplacedOwnNames(ProgramFile file) {
        List<Item> items = file.unit().items();
        for (int i = 1; i < items.size(); i++) {
            if (items.get(i) instanceof ModDecl m && !m.pub()) {
                file.diagnostics()
                        .add(
                                m.pos(),
                                ErrorCode.MODULE_PATH,
                                "`mod " + dotted(m.path()) + ";` names this file's own module and must be its"
                                        + " first item; a child module in another file is `pub mod "
                                        + dotted(m.path()) + ";`");
            }
        }
    }

    private static void error(ProgramFile file, ModDecl decl, String code, String message) {
        file.diagnostics().add(decl.pos(), code, message);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static String dotted(List<String> path) {
        return String.join(".", path);
    }
}
