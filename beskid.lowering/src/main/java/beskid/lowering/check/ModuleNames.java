package beskid.lowering.check;

import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.StructSymbol;
import java.util.List;

/**
 * Module-level name lookup: a module's own declarations, then what its {@code use}
 * declarations bring in, then (for an inline module) the enclosing module's names.
 */
final class ModuleNames {
    private ModuleNames() {}

    /** A FunctionSymbol or ModuleSymbol named {@code name} in value position, or null. */
    static Object value(ModuleSymbol m, String name) {
        for (ModuleSymbol s = m; s != null; s = s.parent()) {
            FunctionSymbol f = s.functions().get(name);
            if (f != null) {
                return f;
            }
            Object imported = s.imports().get(name);
            if (imported instanceof FunctionSymbol || imported instanceof ModuleSymbol) {
                return imported;
            }
            ModuleSymbol inline = s.inlineModules().get(name);
            if (inline != null) {
                return inline;
            }
            if (s.parent() == null && s.simpleName().equals(name)) {
                return s; // the file module may name itself
            }
            if (s.parent() == null && s.program() != null && s.program() != s) {
                // a full path from the program's root: `geo.shapes.Area` anywhere in the program
                ModuleSymbol root = s.program();
                ModuleSymbol top = root.inlineModules().get(name);
                if (top != null) {
                    return top;
                }
                if (root.simpleName().equals(name)) {
                    return root;
                }
            }
        }
        return null;
    }

    /** The module a name denotes in a path, or null. */
    static ModuleSymbol module(ModuleSymbol m, String name) {
        return value(m, name) instanceof ModuleSymbol mod ? mod : null;
    }

    /** The type declaration named {@code name} in type position, or null. */
    static DeclSymbol type(ModuleSymbol m, String name) {
        for (ModuleSymbol s = m; s != null; s = s.parent()) {
            DeclSymbol d = s.types().get(name);
            if (d != null) {
                return d;
            }
            Object imported = s.imports().get(name);
            if (imported instanceof DeclSymbol decl) {
                return decl;
            }
            if (imported instanceof ModuleSymbol mod && mod.namesakeType() != null) {
                return mod.namesakeType(); // use Std.Collections.List; => List<T> is the type
            }
        }
        return null;
    }

    /** The type declaration named by a qualified path such as {@code inner.Point}, or null. */
    static DeclSymbol qualifiedType(ModuleSymbol m, List<String> path) {
        if (path.size() == 1) {
            return type(m, path.get(0));
        }
        ModuleSymbol mod = module(m, path.get(0));
        for (int i = 1; mod != null && i < path.size() - 1; i++) {
            mod = mod.inlineModules().get(path.get(i));
        }
        if (mod == null) {
            return null;
        }
        String last = path.get(path.size() - 1);
        DeclSymbol d = mod.types().get(last);
        if (d == null) {
            ModuleSymbol sub = mod.inlineModules().get(last);
            return sub != null ? sub.namesakeType() : null;
        }
        return d;
    }

    /** True if code in {@code from} may use an item of {@code owner}: it is pub, or {@code from} is inside owner. */
    static boolean accessible(ModuleSymbol from, ModuleSymbol owner, boolean pub) {
        if (pub) {
            return true;
        }
        for (ModuleSymbol m = from; m != null; m = m.parent()) {
            if (m == owner) {
                return true;
            }
        }
        return false;
    }

    /** Whether a type declaration is marked pub. */
    static boolean isPub(DeclSymbol d) {
        if (d instanceof StructSymbol s) {
            return s.decl().pub();
        }
        if (d instanceof EnumSymbol e) {
            return e.decl().pub();
        }
        return ((ContractSymbol) d).decl().pub();
    }
}
