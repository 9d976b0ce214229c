package beskid.lowering.check;

import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.StructSymbol;
import java.util.HashSet;
import java.util.Set;

/** First pass: a symbol for every function, type, enum, contract and inline module, by name. */
final class DeclarationCollector {
    private final Reporter reporter;

    DeclarationCollector(Reporter reporter) {
        this.reporter = reporter;
    }

    void collect(ModuleSymbol module) {
        Set<String> tests = new HashSet<>();
        for (Item item : module.items()) {
            if (item instanceof TestDecl t && !tests.add(t.name())) {
                duplicate(t.pos(), "test", t.name());
            }
            if (item instanceof ModDecl m && module.parent() != null) {
                reporter.error(
                        m.pos(),
                        ErrorCode.UNSUPPORTED,
                        "a module file is declared at the top of a file, not inside `mod " + module.simpleName()
                                + " { }`");
            }
            if (item instanceof FunctionDecl f) {
                if (module.functions().containsKey(f.name())) {
                    duplicate(f.pos(), "function", f.name());
                } else {
                    module.functions().put(f.name(), new FunctionSymbol(f.name(), module, null, f));
                }
            } else if (item instanceof TypeDecl t) {
                addType(module, new StructSymbol(module, t), t.pos());
            } else if (item instanceof EnumDecl e) {
                addType(module, new EnumSymbol(module, e), e.pos());
            } else if (item instanceof ContractDecl c) {
                addType(module, new ContractSymbol(module, c), c.pos());
            } else if (item instanceof InlineModDecl m) {
                if (module.inlineModules().containsKey(m.name())) {
                    duplicate(m.pos(), "module", m.name());
                    continue;
                }
                if (declaresType(module, m.name())) {
                    // both would be the class <module>$<name>
                    reporter.error(
                            m.pos(),
                            ErrorCode.DUPLICATE,
                            "the module `" + m.name() + "` has the name of a type of this module");
                    continue;
                }
                ModuleSymbol inner = new ModuleSymbol(
                        module.name() + "." + m.name(),
                        module.internalName() + "$" + m.name(),
                        module.sourceName(),
                        module,
                        module.isStd(),
                        m.items());
                module.inlineModules().put(m.name(), inner);
                collect(inner);
            }
        }
        for (ModuleSymbol child : module.inlineModules().values()) {
            if (child.parent() == null) {
                collect(child); // a module of another file (`pub mod x;`), loaded before checking
            }
        }
    }

    private static boolean declaresType(ModuleSymbol module, String name) {
        for (Item item : module.items()) {
            if (item instanceof TypeDecl t && t.name().equals(name)
                    || item instanceof EnumDecl e && e.name().equals(name)
                    || item instanceof ContractDecl c && c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void addType(ModuleSymbol module, DeclSymbol decl, SourcePos pos) {
        if (module.types().containsKey(decl.name())) {
            duplicate(pos, "type", decl.name());
        } else {
            module.types().put(decl.name(), decl);
        }
    }

    private void duplicate(SourcePos pos, String what, String name) {
        reporter.error(pos, ErrorCode.DUPLICATE, "the " + what + " `" + name + "` is declared twice");
    }
}
