package beskid.lowering.sema;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every type declaration of a module has: a name, its module, its declaration, a JVM
 * class named {@code <module>$<name>} and methods (from {@code impl} blocks, or the contract's own).
 *
 * @param <D> the declaration's syntax node
 */
public abstract sealed class DeclaredTypeSymbol<D> implements DeclSymbol
        permits StructSymbol, EnumSymbol, ContractSymbol {
    private final String name;
    private final ModuleSymbol module;
    private final D decl;
    private final String internalName;
    private final Map<String, FunctionSymbol> methods = new LinkedHashMap<>();

    DeclaredTypeSymbol(ModuleSymbol module, D decl, String name) {
        this.name = name;
        this.module = module;
        this.decl = decl;
        this.internalName = module.internalName() + "$" + name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ModuleSymbol module() {
        return module;
    }

    @Override
    public String internalName() {
        return internalName;
    }

    /** The declaration. */
    public D decl() {
        return decl;
    }

    /** Methods declared for this type itself, by name in declaration order. */
    public Map<String, FunctionSymbol> methods() {
        return methods;
    }

    @Override
    public String toString() {
        return name;
    }
}
