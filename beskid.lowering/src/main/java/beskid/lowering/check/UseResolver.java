package beskid.lowering.check;

import beskid.lowering.ast.Item;
import beskid.lowering.ast.UseDecl;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.CheckedModule;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import java.util.List;

/**
 * Second pass: binds the names of {@code use} declarations. {@code use Std.System.IO;} binds
 * {@code IO} to that module (loading and checking it); {@code use a.b.F;} may also name a
 * function or type inside a module.
 */
final class UseResolver {
    private final Reporter reporter;
    private final ModuleLoader loader;

    UseResolver(Reporter reporter, ModuleLoader loader) {
        this.reporter = reporter;
        this.loader = loader;
    }

    void resolve(ModuleSymbol module) {
        for (Item item : module.items()) {
            if (item instanceof UseDecl u) {
                use(module, u);
            }
        }
        for (ModuleSymbol inner : module.inlineModules().values()) {
            resolve(inner);
        }
    }

    private void use(ModuleSymbol module, UseDecl u) {
        List<String> path = u.path();
        String full = String.join(".", path);
        String name = u.alias() != null ? u.alias() : path.get(path.size() - 1);
        Object target = moduleAt(module, path);
        if (target == null && path.size() > 1) {
            ModuleSymbol owner = moduleAt(module, path.subList(0, path.size() - 1));
            if (owner != null) {
                String last = path.get(path.size() - 1);
                FunctionSymbol f = owner.functions().get(last);
                DeclSymbol d = owner.types().get(last);
                target = f != null ? f : d;
                boolean pub = f != null ? f.decl().pub() : d != null && ModuleNames.isPub(d);
                if (target != null && !ModuleNames.accessible(module, owner, pub)) {
                    reporter.error(u.pos(), ErrorCode.WRONG_KIND, "`" + full + "` is not pub");
                }
            }
        }
        if (target == null) {
            reporter.error(u.pos(), ErrorCode.UNKNOWN_MODULE, "unknown module or item `" + full + "`");
            return;
        }
        if (module.imports().containsKey(name)) {
            reporter.error(u.pos(), ErrorCode.DUPLICATE, "the name `" + name + "` is imported twice");
            return;
        }
        module.imports().put(name, target);
    }

    /** The module a path names: a Std module (loaded on demand) or one of this file's modules. */
    private ModuleSymbol moduleAt(ModuleSymbol from, List<String> path) {
        if (path.get(0).equals("Std")) {
            CheckedModule std = loader.std(String.join(".", path));
            if (std == null) {
                return null;
            }
            if (!from.usedModules().contains(std.module())) {
                from.usedModules().add(std.module());
            }
            return std.module();
        }
        ModuleSymbol root = from;
        while (root.parent() != null) {
            root = root.parent();
        }
        ModuleSymbol m;
        int i;
        List<String> rootPath = List.of(root.name().split("\\."));
        if (path.size() >= rootPath.size() && path.subList(0, rootPath.size()).equals(rootPath)) {
            m = root; // the file's own module by its full name (`mod app.core;` then `use app.core.inner;`)
            i = rootPath.size();
        } else if (path.get(0).equals(root.simpleName())) {
            m = root;
            i = 1;
        } else {
            m = ModuleNames.module(from, path.get(0));
            i = 1;
        }
        for (; m != null && i < path.size(); i++) {
            m = m.inlineModules().get(path.get(i));
        }
        return m;
    }
}
