package beskid.lowering.sema;

import beskid.lowering.ast.ContractDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code contract}: a JVM interface whose embedded contracts are super-interfaces. */
public final class ContractSymbol extends DeclaredTypeSymbol<ContractDecl> {
    private final List<ContractSymbol> embedded = new ArrayList<>();

    /** A contract named by its declaration. */
    public ContractSymbol(ModuleSymbol module, ContractDecl decl) {
        super(module, decl, decl.name());
    }

    /** Methods declared by this contract itself. */
    public List<ContractSymbol> embedded() {
        return embedded;
    }

    /** Own and embedded methods (own first, then each embedded contract's, first declaration wins). */
    public Map<String, FunctionSymbol> allMethods() {
        Map<String, FunctionSymbol> all = new LinkedHashMap<>();
        collect(all, new ArrayList<>());
        return all;
    }

    private void collect(Map<String, FunctionSymbol> into, List<ContractSymbol> seen) {
        if (seen.contains(this)) {
            return; // a cycle is reported by the declaration pass; do not loop here
        }
        seen.add(this);
        methods().forEach(into::putIfAbsent);
        for (ContractSymbol c : embedded) {
            c.collect(into, seen);
        }
    }

    /** True if this contract is {@code other} or embeds it, directly or not. */
    public boolean extendsContract(ContractSymbol other) {
        return extendsContract(other, new ArrayList<>());
    }

    private boolean extendsContract(ContractSymbol other, List<ContractSymbol> seen) {
        if (this == other) {
            return true;
        }
        if (seen.contains(this)) {
            return false;
        }
        seen.add(this);
        for (ContractSymbol c : embedded) {
            if (c.extendsContract(other, seen)) {
                return true;
            }
        }
        return false;
    }
}
