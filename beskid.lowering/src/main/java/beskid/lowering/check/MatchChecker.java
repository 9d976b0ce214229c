package beskid.lowering.check;

import beskid.lowering.ast.BindingPattern;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CharLit;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LiteralPattern;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import beskid.lowering.ast.VariantPattern;
import beskid.lowering.ast.WildcardPattern;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.Wording;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import beskid.lowering.sema.VariantSymbol;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code match}: patterns against the scrutinee's type, arm bodies against a common result
 * type, and exhaustiveness (every enum variant and both booleans covered, or a catch-all).
 */
final class MatchChecker {
    private final BodyContext cx;

    MatchChecker(BodyContext cx) {
        this.cx = cx;
    }

    /**
     * Checks a match; with {@code discard} (a match statement) the arms' values are dropped.
     * The type is never when no arm completes.
     */
    Type check(MatchExpr m, Type expected, boolean discard) {
        Type scrutinee = cx.exprs.checkValue(m.scrutinee());
        Type result = discard ? Prim.UNIT : expected;
        boolean allDiverge = true;
        List<Type> armTypes = new ArrayList<>();
        for (MatchArm arm : m.arms()) {
            cx.pushScope();
            try {
                pattern(arm.pattern(), scrutinee);
                if (arm.guard() != null) {
                    cx.exprs.checkAgainst(arm.guard(), Prim.BOOL);
                }
                Type t = cx.exprs.check(arm.body(), result == Prim.UNIT ? null : result);
                armTypes.add(t);
                if (t != Prim.NEVER) {
                    allDiverge = false;
                }
            } finally {
                cx.popScope();
            }
        }
        if (result == null) {
            result = common(armTypes);
        }
        for (int i = 0; i < m.arms().size(); i++) {
            MatchArm arm = m.arms().get(i);
            if (result == Prim.UNIT) {
                cx.coerce.discard(arm.body(), armTypes.get(i));
            } else {
                cx.coerce.to(arm.body(), armTypes.get(i), result);
            }
        }
        exhaustive(m, scrutinee);
        if (allDiverge && !m.arms().isEmpty()) {
            return Prim.NEVER;
        }
        return result;
    }

    /**
     * The result type of a match nothing expects a type of: the first arm with a type of its
     * own (a constant arm takes it, as in a binary operator), i32 when every arm is a
     * constant, never when every arm diverges.
     */
    private static Type common(List<Type> armTypes) {
        boolean constant = false;
        for (Type t : armTypes) {
            if (t == Prim.UNTYPED_INT) {
                constant = true;
            } else if (t != Prim.NEVER && t != Prim.ERROR) {
                return t;
            }
        }
        if (constant) {
            return Prim.I32;
        }
        return armTypes.contains(Prim.ERROR) ? Prim.ERROR : Prim.NEVER;
    }

    private void pattern(Pattern p, Type t) {
        cx.ann.setPatternType(p, t);
        if (p instanceof WildcardPattern) {
            return;
        }
        if (p instanceof BindingPattern b) {
            cx.ann.setLocal(b, cx.declare(b.name(), t, false, b.pos(), false));
            return;
        }
        if (p instanceof LiteralPattern l) {
            literal(l, t);
            return;
        }
        VariantPattern v = (VariantPattern) p;
        DeclSymbol decl = cx.types.declaration(v.enumType(), cx.module);
        if (decl == null) {
            v.fields().forEach(f -> pattern(f, Prim.ERROR));
            return;
        }
        if (!(t instanceof EnumType e) || e.symbol() != decl) {
            if (t != Prim.ERROR) {
                cx.error(
                        v.pos(),
                        ErrorCode.TYPE_MISMATCH,
                        "the pattern `" + decl.name() + "::" + v.variant() + "` cannot match a value of type "
                                + t.display());
            }
            v.fields().forEach(f -> pattern(f, Prim.ERROR));
            return;
        }
        VariantSymbol variant = e.symbol().variant(v.variant());
        if (variant == null) {
            cx.error(
                    v.pos(),
                    ErrorCode.UNKNOWN_VARIANT,
                    "the enum `" + decl.name() + "` has no variant `" + v.variant() + "`");
            v.fields().forEach(f -> pattern(f, Prim.ERROR));
            return;
        }
        if (v.fields().size() != variant.fields().size()) {
            cx.error(
                    v.pos(),
                    ErrorCode.ARITY,
                    "`" + decl.name() + "::" + variant.name() + "` has "
                            + Wording.count(variant.fields().size(), "field") + ", the pattern gives "
                            + v.fields().size());
        }
        cx.ann.setPattern(p, variant);
        Map<TypeParam, Type> bindings = Types.bind(e.symbol().typeParams(), e.args());
        for (int i = 0; i < v.fields().size(); i++) {
            Type ft = i < variant.fields().size()
                    ? Types.substitute(variant.fields().get(i).type(), bindings)
                    : Prim.ERROR;
            pattern(v.fields().get(i), ft);
        }
    }

    private void literal(LiteralPattern l, Type t) {
        Expr e = l.literal();
        Object value = null;
        Type kind = Prim.ERROR;
        if (e instanceof IntLit i) {
            value = i.value();
        } else if (e instanceof UnaryExpr u && u.op() == UnaryOp.NEG && u.operand() instanceof IntLit i) {
            value = i.value().negate();
        } else if (e instanceof BoolLit b) {
            value = b.value();
            kind = Prim.BOOL;
        } else if (e instanceof CharLit c) {
            value = c.codePoint();
            kind = Prim.CHAR;
        } else if (e instanceof StringLit s && s.parts().stream().allMatch(x -> x instanceof StringPart.Text)) {
            StringBuilder b = new StringBuilder();
            s.parts().forEach(x -> b.append(((StringPart.Text) x).text()));
            value = b.toString();
            kind = Prim.STRING;
        }
        if (value == null) {
            cx.error(e.pos(), ErrorCode.UNSUPPORTED, "a pattern literal must be an integer, string, char or bool");
            return;
        }
        if (value instanceof BigInteger v) {
            if (!Types.isInteger(t)) {
                if (t != Prim.ERROR) {
                    cx.error(
                            e.pos(),
                            ErrorCode.TYPE_MISMATCH,
                            "an integer pattern cannot match a value of type " + t.display());
                }
                return;
            }
            if (!IntegerConstants.fits(v, t)) {
                cx.error(e.pos(), ErrorCode.LITERAL_RANGE, "the constant " + v + " is out of range for " + t.display());
            }
        } else if (!kind.equals(t) && t != Prim.ERROR) {
            cx.error(
                    e.pos(),
                    ErrorCode.TYPE_MISMATCH,
                    "a " + kind.display() + " pattern cannot match a value of type " + t.display());
            return;
        }
        cx.ann.setPattern(l, value);
    }

    private void exhaustive(MatchExpr m, Type scrutinee) {
        if (scrutinee == Prim.ERROR) {
            return;
        }
        List<List<Pattern>> rows = new ArrayList<>();
        for (MatchArm arm : m.arms()) {
            if (arm.guard() == null) {
                rows.add(List.of(arm.pattern()));
            }
        }
        String missing = Exhaustiveness.missing(rows, List.of(scrutinee), cx.ann);
        if (missing != null) {
            String what = missing.startsWith("every ") ? "not " + missing + " is covered" : missing + " is not covered";
            cx.error(
                    m.pos(),
                    ErrorCode.NOT_EXHAUSTIVE,
                    "non-exhaustive match: " + what + "; add an arm for it or a `_` arm");
        }
    }
}
