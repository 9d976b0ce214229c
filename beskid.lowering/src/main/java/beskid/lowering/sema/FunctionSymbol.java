package beskid.lowering.sema;

import beskid.abi.InteropTag;
import beskid.lowering.ast.FunctionDecl;
import java.util.List;
import java.util.Map;

/**
 * A function, method or contract method. The signature is filled in by the declaration pass
 * after every type name of the module is known.
 */
public final class FunctionSymbol {
    private final String name;
    private final ModuleSymbol module;
    private final DeclSymbol owner;
    private final FunctionDecl decl;
    private List<TypeParam> typeParams = List.of();
    private List<ParamSymbol> params = List.of();
    private Type result = Prim.UNIT;
    private InteropTag interop;
    private Map<String, TypeParam> typeScope = Map.of();

    /**
     * @param name the function's name
     * @param module the declaring module
     * @param owner the struct, enum or contract of a method, null for a module function
     * @param decl its declaration
     */
    public FunctionSymbol(String name, ModuleSymbol module, DeclSymbol owner, FunctionDecl decl) {
        this.name = name;
        this.module = module;
        this.owner = owner;
        this.decl = decl;
    }

    public String name() {
        return name;
    }

    public ModuleSymbol module() {
        return module;
    }

    public DeclSymbol owner() {
        return owner;
    }

    public boolean isMethod() {
        return owner != null;
    }

    public FunctionDecl decl() {
        return decl;
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    public List<ParamSymbol> params() {
        return params;
    }

    public Type result() {
        return result;
    }

    /** The tag of an {@code [Interop]} function, else null. */
    public InteropTag interop() {
        return interop;
    }

    /** Qualified name, e.g. {@code Std.System.IO.Println}. */
    public String qualifiedName() {
        return owner == null ? module.name() + "." + name : module.name() + "." + owner.name() + "." + name;
    }

    /** The function's type as a value. */
    public FnType type() {
        return new FnType(result, params.stream().map(ParamSymbol::type).toList());
    }

    public void setSignature(List<TypeParam> typeParams, List<ParamSymbol> params, Type result) {
        this.typeParams = List.copyOf(typeParams);
        this.params = List.copyOf(params);
        this.result = result;
    }

    /** The type parameters visible in the body by their written names (the owner's and its own). */
    public Map<String, TypeParam> typeScope() {
        return typeScope;
    }

    public void setTypeScope(Map<String, TypeParam> scope) {
        this.typeScope = Map.copyOf(scope);
    }

    public void setInterop(InteropTag tag) {
        this.interop = tag;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
