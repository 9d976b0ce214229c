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

    /**
     * @param name qualified Beskid name, e.g. {@code Std.System.IO} or {@code hello}
     * @param internalName JVM internal name of the module class
     * @param sourceName the file name for SourceFile attributes
     * @param parent the lexically enclosing module of an inline module, else null
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

    public Map<String, ModuleSymbol> inlineModules() {
        return inlineModules;
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
