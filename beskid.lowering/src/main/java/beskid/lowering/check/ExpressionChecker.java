package beskid.lowering.check;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.AssignOp;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.CharLit;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FloatLit;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.sema.Builtin;
import beskid.lowering.sema.ContractType;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.TryInfo;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import beskid.lowering.sema.VariantSymbol;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks expressions other than calls, matches and lambdas (which have their own checkers):
 * literals, names, members, operators, assignment, {@code ?} and blocks.
 */
final class ExpressionChecker {
    private final BodyContext cx;
    private final OperatorChecker operators;

    ExpressionChecker(BodyContext cx) {
        this.cx = cx;
        this.operators = new OperatorChecker(cx);
    }

    /**
     * Checks e; {@code expected} (may be null) is a hint for untyped constants, generic
     * inference and lambdas, not a requirement. Records and returns e's own type.
     */
    Type check(Expr e, Type expected) {
        Type t = dispatch(e, expected);
        cx.ann.setType(e, t);
        return t;
    }

    /** Checks e where a value of {@code target} is required. */
    Type checkAgainst(Expr e, Type target) {
        return cx.coerce.to(e, check(e, target), target);
    }

    /** Checks e where any value will do (an untyped constant becomes i32). */
    Type checkValue(Expr e) {
        return cx.coerce.value(e, check(e, null));
    }

    private Type dispatch(Expr e, Type expected) {
        if (e instanceof IntLit i) {
            cx.ann.setConstant(e, i.value());
            return Prim.UNTYPED_INT;
        }
        if (e instanceof FloatLit) {
            return Prim.F64;
        }
        if (e instanceof CharLit) {
            return Prim.CHAR;
        }
        if (e instanceof BoolLit) {
            return Prim.BOOL;
        }
        if (e instanceof StringLit s) {
            return string(s);
        }
        if (e instanceof NameExpr n) {
            return name(n, expected);
        }
        if (e instanceof MemberExpr m) {
            return member(m, expected);
        }
        if (e instanceof CallExpr c) {
            return cx.calls.check(c, expected);
        }
        if (e instanceof EnumCtorExpr c) {
            return cx.calls.enumConstructor(c, expected);
        }
        if (e instanceof StructLit s) {
            return cx.calls.structLiteral(s, expected);
        }
        if (e instanceof UnaryExpr u) {
            return unary(u, expected);
        }
        if (e instanceof BinaryExpr b) {
            return operators.binary(b, expected);
        }
        if (e instanceof AssignExpr a) {
            return assign(a);
        }
        if (e instanceof TryExpr t) {
            return tryOperator(t);
        }
        if (e instanceof LambdaExpr l) {
            return cx.lambdas.check(l, expected);
        }
        if (e instanceof MatchExpr m) {
            return cx.matches.check(m, expected, false);
        }
        if (e instanceof BlockExpr b) {
            cx.blockExpressions++;
            try {
                return cx.stmts.block(b.block()) ? Prim.UNIT : Prim.NEVER;
            } finally {
                cx.blockExpressions--;
            }
        }
        if (e instanceof ErrorExpr) {
            return Prim.ERROR;
        }
        throw new IllegalStateException("unknown expression " + e.getClass().getSimpleName());
    }

    private Type string(StringLit s) {
        for (StringPart p : s.parts()) {
            if (p instanceof StringPart.Interpolation i) {
                Type t = checkValue(i.expr());
                if (!(t == Prim.STRING
                        || t == Prim.BOOL
                        || t == Prim.CHAR
                        || Types.isInteger(t)
                        || Types.isLenient(t))) {
                    cx.error(
                            Positions.start(i.expr()),
                            ErrorCode.INTERPOLATION,
                            "cannot interpolate a value of type " + t.display()
                                    + " (only strings, integers, bool and char)");
                }
            }
        }
        return Prim.STRING;
    }

    private Type name(NameExpr n, Type expected) {
        LocalVar v = cx.lookup(n.name());
        if (v != null) {
            cx.ann.resolve(n, new Resolved.LocalRef(v));
            return v.type();
        }
        Object m = ModuleNames.value(cx.module, n.name());
        if (m instanceof FunctionSymbol f) {
            return functionValue(n, f, expected);
        }
        if (m instanceof ModuleSymbol) {
            cx.error(n.pos(), ErrorCode.WRONG_KIND, "the module `" + n.name() + "` is not a value");
            return Prim.ERROR;
        }
        if (Builtin.byName(n.name()) != null) {
            cx.error(n.pos(), ErrorCode.WRONG_KIND, "the builtin `" + n.name() + "` can only be called");
            return Prim.ERROR;
        }
        cx.error(n.pos(), ErrorCode.UNDEFINED_NAME, "undefined name `" + n.name() + "`");
        return Prim.ERROR;
    }

    /**
     * A module function used as a value. A generic one takes its type arguments from the
     * function type the context expects.
     */
    private Type functionValue(Expr e, FunctionSymbol f, Type expected) {
        if (f.interop() != null || f.params().stream().anyMatch(p -> p.mode() != ParamMode.VALUE)) {
            cx.error(
                    e.pos(),
                    ErrorCode.UNSUPPORTED,
                    "the function `" + f.name() + "` can only be called, not used as a value");
            return Prim.ERROR;
        }
        Map<TypeParam, Type> bindings = new LinkedHashMap<>();
        if (!f.typeParams().isEmpty()) {
            if (expected instanceof FnType) {
                Types.unify(f.type(), expected, f.typeParams(), bindings);
            }
            if (bindings.size() != f.typeParams().size()) {
                cx.error(
                        e.pos(),
                        ErrorCode.CANNOT_INFER,
                        "cannot infer the type arguments of `" + f.name()
                                + "` used as a value; give the variable a function type");
                return Prim.ERROR;
            }
        }
        cx.ann.resolve(e, new Resolved.FunctionRef(f));
        return Types.substitute(f.type(), bindings);
    }

    /** Reports a function of another module that is not pub. */
    void requirePublic(MemberExpr m, FunctionSymbol f) {
        if (!ModuleNames.accessible(cx.module, f.module(), f.decl().pub())) {
            cx.error(
                    m.pos(),
                    ErrorCode.WRONG_KIND,
                    "the function `" + f.name() + "` of module `" + f.module().name() + "` is not pub");
        }
    }

    /** The module a name or member path denotes (and is not shadowed by a local), or null. */
    ModuleSymbol modulePath(Expr e) {
        if (e instanceof NameExpr n) {
            if (cx.lookup(n.name()) != null) {
                return null;
            }
            ModuleSymbol m = ModuleNames.module(cx.module, n.name());
            if (m != null) {
                cx.ann.resolve(e, new Resolved.ModuleRef(m));
            }
            return m;
        }
        if (e instanceof MemberExpr m) {
            ModuleSymbol outer = modulePath(m.target());
            ModuleSymbol inner = outer == null ? null : outer.inlineModules().get(m.name());
            if (inner != null) {
                cx.ann.resolve(e, new Resolved.ModuleRef(inner));
            }
            return inner;
        }
        return null;
    }

    private Type member(MemberExpr m, Type expected) {
        ModuleSymbol mod = modulePath(m.target());
        if (mod != null) {
            FunctionSymbol f = mod.functions().get(m.name());
            if (f != null) {
                requirePublic(m, f);
                return functionValue(m, f, expected);
            }
            cx.error(
                    m.pos(),
                    ErrorCode.UNDEFINED_NAME,
                    "the module `" + mod.name() + "` has no function `" + m.name() + "`");
            return Prim.ERROR;
        }
        Type t = checkValue(m.target());
        FunctionSymbol method = methodOf(t, m.name());
        if (method != null && !(t instanceof StructType s && s.symbol().fields().containsKey(m.name()))) {
            cx.calls.visible(m.pos(), method);
            return methodValue(m, t, method);
        }
        return fieldOf(m, t);
    }

    /** The method {@code name} of a struct, enum or contract type, or null. */
    static FunctionSymbol methodOf(Type t, String name) {
        if (t instanceof StructType s) {
            return s.symbol().methods().get(name);
        }
        if (t instanceof EnumType e) {
            return e.symbol().methods().get(name);
        }
        if (t instanceof ContractType c) {
            return c.symbol().allMethods().get(name);
        }
        return null;
    }

    /** {@code obj.Method} without a call: a function value bound to the receiver. */
    private Type methodValue(MemberExpr m, Type receiver, FunctionSymbol method) {
        if (!method.typeParams().isEmpty() || method.params().stream().anyMatch(p -> p.mode() != ParamMode.VALUE)) {
            cx.error(
                    m.pos(),
                    ErrorCode.UNSUPPORTED,
                    "the method `" + m.name() + "` can only be called, not used as a value");
            return Prim.ERROR;
        }
        Map<TypeParam, Type> bindings = receiver instanceof StructType s
                ? Types.bind(s.symbol().typeParams(), s.args())
                : receiver instanceof EnumType e ? Types.bind(e.symbol().typeParams(), e.args()) : Map.of();
        cx.ann.resolve(m, new Resolved.MethodRef(method, bindings));
        return Types.substitute(method.type(), bindings);
    }

    /** The type of field {@code m.name()} of a value of type t (reports anything else). */
    Type fieldOf(MemberExpr m, Type t) {
        if (t == Prim.ERROR) {
            return Prim.ERROR;
        }
        if (t instanceof StructType s) {
            FieldSymbol f = s.symbol().fields().get(m.name());
            if (f != null) {
                cx.ann.resolve(m, new Resolved.FieldRef(s.symbol(), f));
                return Types.substitute(f.type(), Types.bind(s.symbol().typeParams(), s.args()));
            }
            if (s.symbol().events().containsKey(m.name())) {
                cx.error(
                        m.pos(),
                        ErrorCode.WRONG_KIND,
                        "the event `" + m.name()
                                + "` can only be raised, subscribed to with += or unsubscribed from with -=");
                return Prim.ERROR;
            }
            if (s.symbol().methods().containsKey(m.name())) {
                cx.error(m.pos(), ErrorCode.NOT_ASSIGNABLE, "cannot assign to the method `" + m.name() + "`");
                return Prim.ERROR;
            }
        }
        cx.error(m.pos(), ErrorCode.UNKNOWN_MEMBER, "the type " + t.display() + " has no field `" + m.name() + "`");
        return Prim.ERROR;
    }

    private Type unary(UnaryExpr u, Type expected) {
        if (u.op() == UnaryOp.NOT) {
            checkAgainst(u.operand(), Prim.BOOL);
            return Prim.BOOL;
        }
        Type t = check(u.operand(), expected);
        if (t == Prim.UNTYPED_INT) {
            BigInteger v = cx.ann.constant(u.operand());
            if (v != null) {
                cx.ann.setConstant(u, v.negate());
            }
            return t;
        }
        if (Types.isInteger(t) || t == Prim.F64 || Types.isLenient(t)) {
            return t;
        }
        cx.error(u.pos(), ErrorCode.OPERATOR, "unary `-` cannot be applied to " + t.display());
        return Prim.ERROR;
    }

    private Type assign(AssignExpr a) {
        Expr target = a.target();
        Type slot;
        if (target instanceof NameExpr n) {
            slot = assignLocal(n);
        } else if (target instanceof MemberExpr m && modulePath(m.target()) == null) {
            Type owner = checkValue(m.target());
            if (owner instanceof StructType s && s.symbol().events().containsKey(m.name())) {
                return subscribe(a, m, s);
            }
            slot = fieldOf(m, owner);
            cx.ann.setType(m, slot);
        } else {
            cx.error(Positions.start(target), ErrorCode.NOT_ASSIGNABLE, "cannot assign to this expression");
            checkValue(a.value());
            return Prim.UNIT;
        }
        if (a.op() != AssignOp.ASSIGN
                && !(Types.isInteger(slot)
                        || slot == Prim.F64
                        || Types.isLenient(slot)
                        || slot == Prim.STRING && a.op() == AssignOp.ADD_ASSIGN)) {
            cx.error(
                    a.pos(),
                    ErrorCode.OPERATOR,
                    "`" + (a.op() == AssignOp.ADD_ASSIGN ? "+=" : "-=") + "` cannot be applied to " + slot.display());
        }
        checkAgainst(a.value(), slot);
        return Prim.UNIT;
    }

    private Type assignLocal(NameExpr n) {
        LocalVar v = cx.lookup(n.name());
        if (v == null) {
            if (ModuleNames.value(cx.module, n.name()) != null) {
                cx.error(
                        n.pos(), ErrorCode.NOT_ASSIGNABLE, "cannot assign to `" + n.name() + "`: it is not a variable");
            } else {
                cx.error(n.pos(), ErrorCode.UNDEFINED_NAME, "undefined name `" + n.name() + "`");
            }
            return Prim.ERROR;
        }
        cx.ann.resolve(n, new Resolved.LocalRef(v));
        cx.ann.setType(n, v.type());
        if (cx.isCaptured(v)) {
            cx.error(
                    n.pos(),
                    ErrorCode.NOT_ASSIGNABLE,
                    "cannot assign to `" + n.name() + "` inside a lambda: lambdas capture the value, not the variable");
        } else if (!v.mutable()) {
            cx.error(
                    n.pos(),
                    ErrorCode.NOT_ASSIGNABLE,
                    "cannot assign to immutable `" + n.name() + "`; declare it `mut`");
        }
        return v.type();
    }

    private Type subscribe(AssignExpr a, MemberExpr m, StructType s) {
        EventSymbol ev = s.symbol().events().get(m.name());
        cx.ann.resolve(m, new Resolved.EventRef(s.symbol(), ev));
        FnType handler = (FnType)
                Types.substitute(ev.handlerType(), Types.bind(s.symbol().typeParams(), s.args()));
        cx.ann.setType(m, handler);
        if (a.op() == AssignOp.ASSIGN) {
            cx.error(a.pos(), ErrorCode.NOT_ASSIGNABLE, "an event cannot be assigned; use += or -= with a handler");
        }
        checkAgainst(a.value(), handler);
        return Prim.UNIT;
    }

    private Type tryOperator(TryExpr t) {
        Type operand = checkValue(t.operand());
        if (operand == Prim.ERROR) {
            return Prim.ERROR;
        }
        if (operand instanceof EnumType e
                && !e.symbol().variants().isEmpty()
                && !e.symbol().variants().get(0).fields().isEmpty()) {
            VariantSymbol success = e.symbol().variants().get(0);
            Type value = Types.substitute(
                    success.fields().get(0).type(), Types.bind(e.symbol().typeParams(), e.args()));
            boolean propagate = operand.equals(cx.frame.result);
            cx.ann.setTry(t, new TryInfo(e, success, value, propagate));
            return value;
        }
        cx.error(
                t.pos(),
                ErrorCode.TRY,
                "`?` needs an enum whose first variant carries the success value, not " + operand.display());
        return Prim.ERROR;
    }
}
