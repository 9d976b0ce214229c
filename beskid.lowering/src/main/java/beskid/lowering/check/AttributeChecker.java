package beskid.lowering.check;

import beskid.lowering.ast.AttributeArg;
import beskid.lowering.ast.AttributeDecl;
import beskid.lowering.ast.AttributeParam;
import beskid.lowering.ast.AttributeUse;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.Wording;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.Type;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Uses of attributes declared in the program ({@code attribute Name(Targets) { p: T = d }}):
 * the target kind must be allowed, arguments must name declared parameters and have their
 * types, and parameters without a default must be given. Using an attribute nobody declared
 * is an error ({@code [Interop]}, the one built in, is checked with the declarations).
 */
final class AttributeChecker {
    private final BodyContext cx;

    AttributeChecker(BodyContext cx) {
        this.cx = cx;
    }

    void check(ModuleSymbol module) {
        Set<String> names = new HashSet<>();
        for (Item item : module.items()) {
            if (item instanceof AttributeDecl d) {
                if (!names.add(d.name())) {
                    cx.error(d.pos(), ErrorCode.DUPLICATE, "the attribute `" + d.name() + "` is declared twice");
                }
                for (AttributeParam p : d.params()) {
                    if (p.defaultValue() != null) {
                        constant(p.defaultValue(), cx.resolve(p.type()));
                    }
                }
            }
        }
        for (Item item : module.items()) {
            uses(module, item);
        }
    }

    private void uses(ModuleSymbol module, Item item) {
        List<AttributeUse> attributes = attributesOf(item);
        for (AttributeUse a : attributes) {
            AttributeDecl decl = find(module, a.name());
            if (decl != null) {
                use(a, decl, kind(item));
            } else if (!a.name().equals(DeclarationValidator.INTEROP)) {
                cx.error(
                        a.pos(),
                        ErrorCode.UNKNOWN_ATTRIBUTE,
                        "unknown attribute `" + a.name() + "`; declare it with `attribute " + a.name()
                                + "(Targets) { ... }`");
            }
        }
        if (item instanceof ImplDecl impl) {
            impl.methods().forEach(m -> uses(module, m));
        } else if (item instanceof ContractDecl c) {
            c.methods().forEach(m -> uses(module, m));
        }
    }

    private static List<AttributeUse> attributesOf(Item item) {
        if (item instanceof FunctionDecl f) {
            return f.attributes();
        }
        if (item instanceof TypeDecl t) {
            return t.attributes();
        }
        if (item instanceof EnumDecl e) {
            return e.attributes();
        }
        if (item instanceof ContractDecl c) {
            return c.attributes();
        }
        if (item instanceof InlineModDecl m) {
            return m.attributes();
        }
        if (item instanceof ModDecl m) {
            return m.attributes();
        }
        if (item instanceof TestDecl t) {
            return t.attributes();
        }
        return List.of();
    }

    private static String kind(Item item) {
        if (item instanceof FunctionDecl) {
            return "function";
        }
        if (item instanceof TypeDecl) {
            return "type";
        }
        if (item instanceof EnumDecl) {
            return "enum";
        }
        if (item instanceof ContractDecl) {
            return "contract";
        }
        if (item instanceof TestDecl) {
            return "test";
        }
        return "module";
    }

    /** The canonical kind a written target names, or null for a name this checker does not know. */
    private static String target(String written) {
        return switch (written.toLowerCase(Locale.ROOT)) {
            case "function", "functions", "fn", "method", "methods" -> "function";
            case "type", "types", "struct", "structs" -> "type";
            case "enum", "enums" -> "enum";
            case "contract", "contracts", "interface" -> "contract";
            case "module", "modules", "mod" -> "module";
            case "test", "tests" -> "test";
            default -> null;
        };
    }

    private static AttributeDecl find(ModuleSymbol module, String name) {
        for (ModuleSymbol m = module; m != null; m = m.parent()) {
            for (Item item : m.items()) {
                if (item instanceof AttributeDecl d && d.name().equals(name)) {
                    return d;
                }
            }
        }
        return null;
    }

    private void use(AttributeUse a, AttributeDecl decl, String kind) {
        Set<String> known = new HashSet<>();
        decl.targets().forEach(t -> known.add(target(t)));
        known.remove(null);
        if (!known.isEmpty() && !known.contains(kind)) {
            cx.error(
                    a.pos(),
                    ErrorCode.UNSUPPORTED,
                    "the attribute `" + decl.name() + "` cannot be used on " + Wording.withArticle(kind)
                            + "; its targets are " + String.join(", ", decl.targets()));
        }
        Map<String, AttributeParam> params = new LinkedHashMap<>();
        decl.params().forEach(p -> params.put(p.name(), p));
        Set<String> given = new HashSet<>();
        for (int i = 0; i < a.args().size(); i++) {
            AttributeArg arg = a.args().get(i);
            AttributeParam p = arg.name() != null
                    ? params.get(arg.name())
                    : i < decl.params().size() ? decl.params().get(i) : null;
            if (p == null) {
                cx.error(
                        arg.pos(),
                        ErrorCode.UNKNOWN_MEMBER,
                        arg.name() != null
                                ? "the attribute `" + decl.name() + "` has no parameter `" + arg.name() + "`"
                                : "the attribute `" + decl.name() + "` takes "
                                        + Wording.count(decl.params().size(), "argument"));
                continue;
            }
            if (!given.add(p.name())) {
                cx.error(arg.pos(), ErrorCode.DUPLICATE, "the argument `" + p.name() + "` is given twice");
            }
            constant(arg.value(), cx.resolve(p.type()));
        }
        for (AttributeParam p : decl.params()) {
            if (p.defaultValue() == null && !given.contains(p.name())) {
                cx.error(
                        a.pos(),
                        ErrorCode.ARITY,
                        "the attribute `" + decl.name() + "` needs the argument `" + p.name() + "`");
            }
        }
    }

    /** Checks an attribute argument or default in a scope of its own (no locals). */
    private void constant(Expr e, Type type) {
        Frame saved = cx.frame;
        Scope savedScope = cx.scope;
        cx.frame = new Frame(e, null, type);
        cx.scope = new Scope(null, cx.frame);
        try {
            cx.exprs.checkAgainst(e, type);
        } finally {
            cx.frame = saved;
            cx.scope = savedScope;
        }
    }
}
