package beskid.lowering.sema;

import beskid.lowering.ast.TypeDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code type} declaration: a reference type with fields, events, contracts and methods. */
public final class StructSymbol extends DeclaredTypeSymbol<TypeDecl> {
    private final List<TypeParam> typeParams;
    private final Map<String, FieldSymbol> fields = new LinkedHashMap<>();
    private final Map<String, EventSymbol> events = new LinkedHashMap<>();
    private final List<ContractSymbol> contracts = new ArrayList<>();

    /** A struct named by its declaration. */
    public StructSymbol(ModuleSymbol module, TypeDecl decl) {
        super(module, decl, decl.name());
        this.typeParams =
                decl.typeParams().stream().map(p -> new TypeParam(p, this)).toList();
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

    /** The type with its own parameters as arguments (the type inside its methods). */
    public StructType selfType() {
        return new StructType(this, List.copyOf(typeParams));
    }
}
