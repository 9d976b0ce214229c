package beskid.lowering.check;

import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.ModuleSymbol;
import java.util.List;

/**
 * The checker's name rules for tools that resolve names after a check (an editor's analysis):
 * the same lookups the checker used, so both agree on what a name means.
 */
public final class NameLookup {
    private NameLookup() {}

    /** The FunctionSymbol or ModuleSymbol a name denotes in value position in module {@code m}, or null. */
    public static Object value(ModuleSymbol m, String name) {
        return ModuleNames.value(m, name);
    }

    /** The type declaration a written path names in module {@code m}, or null. */
    public static DeclSymbol type(ModuleSymbol m, List<String> path) {
        return ModuleNames.qualifiedType(m, path);
    }
}
