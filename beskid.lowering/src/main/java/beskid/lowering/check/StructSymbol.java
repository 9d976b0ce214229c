package beskid.lowering.check;

import beskid.lowering.ast.TypeDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code type} declaration: a reference type with fields, events, contracts and methods. */
public final class StructSymbol implements DeclSymbol {
    private final String name;
    private final ModuleSymbol module;
    private final TypeDecl decl;
    private final String internalName;
    private final List<TypeParam> typeParams;
    private final Map<String, FieldSymbol> fields = new LinkedHashMap<>();
    private final Map<String, EventSymbol> events = new LinkedHashMap<>();
    private final List<ContractSymbol> contracts = new ArrayList<>();
    private final Map<String, FunctionSymbol> methods = new LinkedHashMap<>();

    /** A struct named by its declaration. */
    public StructSymbol(ModuleSymbol module, TypeDecl decl) {
        this.name = decl.name();
        this.module = module;
        this.decl = decl;
        this.internalName = module.internalName() + "$" + name;
        this.typeParams = decl.typeParams().stream().map(p -> new TypeParam(p, this)).toList();
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

    public TypeDecl decl() {
        return decl;
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    public Map<String, FieldSymbol> fields() {
        return fields;
    }

    public Map<String, EventSymbol> events() {
        return events;
    }

    public List<ContractSymbol> contracts() {
        return contracts;
    }

    public Map<String, FunctionSymbol> methods() {
        return methods;
    }

    /** The type with its own parameters as arguments (the type inside its methods). */
    public StructType selfType() {
        return new StructType(this, List.copyOf(typeParams));
    }

    @Override
    public String toString() {
        return name;
    }
}
