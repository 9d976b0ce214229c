package beskid.lowering.sema;

import beskid.lowering.ast.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Beskid module: one JVM class whose static methods are its functions. Holds the module's
 * own declarations and the names its {@code use} declarations bring in. Maps keep declaration
 * order so everything derived from them is deterministic.
 */
public final class ModuleSymbol {
    private final String name;
    private final String internalName;
    private final String sourceName;
    private final ModuleSymbol parent;
    private final boolean std;
    private final List<Item> items;
    private final Map<String, FunctionSymbol> functions = new LinkedHashMap<>();
    private final Map<String, DeclSymbol> types = new LinkedHashMap<>();
    private final Map<String, ModuleSymbol> inlineModules = new LinkedHashMap<>();
    private final Map<String, Object> imports = new LinkedHashMap<>();
    private final List<ModuleSymbol> usedModules = new ArrayList<>();
    private ModuleSymbol program;

    /**
     * @param name qualified Beskid name, e.g. {@code Std.System.IO} or {@code hello}
     * @param internalName JVM internal name of the module class
     * @param sourceName the file name for SourceFile attributes
     * @param parent the lexically enclosing module of an inline module, else null (a module of
     *        a file has a scope of its own, even when another file declared it)
     * @param std whether this is a standard library module
     * @param items the module's items
     */
    public ModuleSymbol(
            String name, String internalName, String sourceName, ModuleSymbol parent, boolean std, List<Item> items) {
        this.name = name;
        this.internalName = internalName;
        this.sourceName = sourceName;
        this.parent = parent;
        this.std = std;
        this.items = List.copyOf(items);
    }

    public String name() {
        return name;
    }

    /** The last segment of the name, e.g. {@code IO}. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return name.substring(dot + 1);
    }

    public String internalName() {
        return internalName;
    }

    public String sourceName() {
        return sourceName;
    }

    public ModuleSymbol parent() {
        return parent;
    }

    public boolean isStd() {
        return std;
    }

    public List<Item> items() {
        return items;
    }

    public Map<String, FunctionSymbol> functions() {
        return functions;
    }

    public Map<String, DeclSymbol> types() {
        return types;
    }

    /**
     * Child modules by name: inline ones ({@code mod x { }}, whose parent is this module) and
     * those of other files ({@code pub mod x;}, whose parent is null).
     */
    public Map<String, ModuleSymbol> inlineModules() {
        return inlineModules;
    }

    /**
     * The root module of the program this file module belongs to (itself for the entry file),
     * or null (Std modules, inline modules: ask the enclosing file module).
     */
    public ModuleSymbol program() {
        return program;
    }

    /** Makes this file module part of the program whose entry module is {@code root}. */
    public void joinProgram(ModuleSymbol root) {
        this.program = root;
    }

    /** Whether this is the entry file's module. */
    public boolean isProgramRoot() {
        return program == this;
    }

    /** Names brought in by {@code use}: a ModuleSymbol, FunctionSymbol or DeclSymbol each. */
    public Map<String, Object> imports() {
        return imports;
    }

    /** Other modules this one uses (Std modules it must be lowered with). */
    public List<ModuleSymbol> usedModules() {
        return usedModules;
    }

    /** The type a module name stands for in type position ({@code List} of {@code Std.Collections.List}). */
    public DeclSymbol namesakeType() {
        return types.get(simpleName());
    }

    @Override
    public String toString() {
        return name;
    }
}
