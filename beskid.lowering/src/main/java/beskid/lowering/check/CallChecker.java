package beskid.lowering.check;

import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.Wording;
import beskid.lowering.sema.Builtin;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.ContractType;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import beskid.lowering.sema.VariantSymbol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls of every kind (module functions, Std interop functions, builtins, methods, function
 * values, events) and the other constructors with generic inference: enum variants and
 * struct literals.
 */
final class CallChecker {
    private final BodyContext cx;
    private final Inference inference;

    CallChecker(BodyContext cx) {
        this.cx = cx;
        this.inference = new Inference(cx);
    }

    Type check(CallExpr c, Type expected) {
        Expr callee = c.callee();
        if (callee instanceof NameExpr n) {
            return named(c, n, expected);
        }
        if (callee instanceof MemberExpr m) {
            ModuleSymbol mod = cx.exprs.modulePath(m.target());
            if (mod != null) {
                FunctionSymbol f = mod.functions().get(m.name());
                if (f == null) {
                    cx.error(
                            m.pos(),
                            ErrorCode.UNDEFINED_NAME,
                            "the module `" + mod.name() + "` has no function `" + m.name() + "`");
                    return argumentsOnly(c);
                }
                cx.exprs.requirePublic(m, f);
                return function(c, f, expected);
            }
            return member(c, m, expected);
        }
        return value(c, cx.exprs.checkValue(callee));
    }

    private Type named(CallExpr c, NameExpr n, Type expected) {
        if (cx.lookup(n.name()) == null) {
            Object m = ModuleNames.value(cx.module, n.name());
            if (m instanceof FunctionSymbol f) {
                return function(c, f, expected);
            }
            Builtin b = Builtin.byName(n.name());
            if (m == null && b != null) {
                return builtin(c, b);
            }
            if (m instanceof ModuleSymbol) {
                cx.error(n.pos(), ErrorCode.WRONG_KIND, "the module `" + n.name() + "` cannot be called");
                return argumentsOnly(c);
            }
            if (m == null) {
                cx.error(n.pos(), ErrorCode.UNDEFINED_NAME, "undefined name `" + n.name() + "`");
                return argumentsOnly(c);
            }
        }
        return value(c, cx.exprs.checkValue(n));
    }

    private Type argumentsOnly(CallExpr c) {
        c.args().forEach(cx.exprs::checkValue);
        return Prim.ERROR;
    }

    private boolean arity(CallExpr c, int wanted, String what) {
        if (c.args().size() != wanted) {
            cx.error(
                    calleePos(c),
                    ErrorCode.ARITY,
                    what + " takes " + Wording.count(wanted, "argument") + ", not "
                            + c.args().size());
            argumentsOnly(c);
            return false;
        }
        return true;
    }

    /** Where a call's errors point: the called name (a method's name, not its receiver). */
    private static SourcePos calleePos(CallExpr c) {
        Expr callee = c.callee();
        return callee instanceof MemberExpr || callee instanceof NameExpr ? callee.pos() : Positions.start(callee);
    }

    private Type function(CallExpr c, FunctionSymbol f, Type expected) {
        Map<TypeParam, Type> bindings = new LinkedHashMap<>();
        if (!arity(c, f.params().size(), "`" + f.name() + "`")) {
            return Types.isGeneric(f.result()) ? Prim.ERROR : f.result();
        }
        arguments(c, f, f.typeParams(), bindings, expected);
        cx.ann.setCall(c, new CallTarget.FunctionCall(f, bindings));
        return Types.substitute(f.result(), bindings);
    }

    private void arguments(
            CallExpr c, FunctionSymbol f, List<TypeParam> vars, Map<TypeParam, Type> bindings, Type expected) {
        inference.expect(f.result(), expected, vars, bindings);
        for (int i = 0; i < c.args().size(); i++) {
            ParamSymbol p = f.params().get(i);
            Expr arg = c.args().get(i);
            if (p.mode() != ParamMode.VALUE) {
                refArgument(arg, p.type(), vars, bindings);
            } else {
                inference.argument(arg, p.type(), vars, bindings);
            }
        }
        inference.finish(vars, bindings, calleePos(c), f.name());
    }

    /** A ref/out argument must be a mutable local of exactly the parameter's type. */
    private void refArgument(Expr arg, Type declared, List<TypeParam> vars, Map<TypeParam, Type> bindings) {
        Type t = cx.exprs.check(arg, null);
        Types.unify(declared, t, vars, bindings);
        Type type = Types.substitute(declared, bindings);
        LocalVar v = arg instanceof NameExpr && cx.ann.resolution(arg) instanceof Resolved.LocalRef l ? l.var() : null;
        if (v == null || !v.mutable() || cx.isCaptured(v)) {
            cx.error(
                    Positions.start(arg),
                    ErrorCode.NOT_ASSIGNABLE,
                    "a ref or out argument must be a `mut` local variable");
        } else if (!t.equals(type) && !Types.isLenient(t)) {
            cx.error(
                    Positions.start(arg),
                    ErrorCode.TYPE_MISMATCH,
                    "expected " + type.display() + ", found " + t.display());
        }
    }

    private Type builtin(CallExpr c, Builtin b) {
        if (!arity(c, b.params().size(), "`" + b.sourceName() + "`")) {
            return b.result();
        }
        for (int i = 0; i < c.args().size(); i++) {
            cx.exprs.checkAgainst(c.args().get(i), b.params().get(i));
        }
        cx.ann.setCall(c, new CallTarget.BuiltinCall(b));
        return b.result();
    }

    private Type value(CallExpr c, Type callee) {
        if (callee == Prim.ERROR) {
            return argumentsOnly(c);
        }
        if (!(callee instanceof FnType f)) {
            cx.error(
                    Positions.start(c.callee()),
                    ErrorCode.WRONG_KIND,
                    "a value of type " + callee.display() + " cannot be called");
            return argumentsOnly(c);
        }
        if (!arity(c, f.params().size(), "the function")) {
            return f.result();
        }
        for (int i = 0; i < c.args().size(); i++) {
            cx.exprs.checkAgainst(c.args().get(i), f.params().get(i));
        }
        cx.ann.setCall(c, new CallTarget.ValueCall(f));
        return f.result();
    }

    private Type member(CallExpr c, MemberExpr m, Type expected) {
        Type receiver = cx.exprs.checkValue(m.target());
        String name = m.name();
        Map<TypeParam, Type> bindings = new LinkedHashMap<>();
        FunctionSymbol method = null;
        if (receiver instanceof StructType s) {
            bindings.putAll(Types.bind(s.symbol().typeParams(), s.args()));
            method = s.symbol().methods().get(name);
            EventSymbol ev = s.symbol().events().get(name);
            if (method == null && ev != null) {
                return event(c, m, s, ev, bindings);
            }
            if (method == null && s.symbol().fields().containsKey(name)) {
                Type field = cx.exprs.fieldOf(m, receiver);
                cx.ann.setType(m, field);
                return value(c, field);
            }
        } else if (receiver instanceof EnumType e) {
            bindings.putAll(Types.bind(e.symbol().typeParams(), e.args()));
            method = e.symbol().methods().get(name);
        } else if (receiver instanceof ContractType k) {
            method = k.symbol().allMethods().get(name);
        } else if (receiver == Prim.ERROR) {
            return argumentsOnly(c);
        }
        if (method == null) {
            cx.error(
                    m.pos(),
                    ErrorCode.UNKNOWN_MEMBER,
                    "the type " + receiver.display() + " has no method `" + name + "`");
            return argumentsOnly(c);
        }
        visible(m.pos(), method);
        if (!arity(c, method.params().size(), "`" + method.name() + "`")) {
            return Types.substitute(method.result(), bindings);
        }
        arguments(c, method, method.typeParams(), bindings, expected);
        cx.ann.setCall(c, new CallTarget.MethodCall(method, bindings));
        return Types.substitute(method.result(), bindings);
    }

    /**
     * A method of a type or enum is private to the module of its {@code impl} unless {@code pub}
     * (a contract's methods are as visible as the contract).
     */
    void visible(SourcePos pos, FunctionSymbol method) {
        if (method.owner() instanceof ContractSymbol) {
            return;
        }
        ModuleSymbol owner = method.owner().module();
        if (!ModuleNames.accessible(cx.module, owner, method.decl().pub())) {
            cx.error(
                    pos,
                    ErrorCode.WRONG_KIND,
                    "the method `" + method.name() + "` of `" + method.owner().name() + "` is not pub");
        }
    }

    private Type event(CallExpr c, MemberExpr m, StructType s, EventSymbol ev, Map<TypeParam, Type> bindings) {
        cx.ann.resolve(m, new Resolved.EventRef(s.symbol(), ev));
        cx.ann.setType(m, Types.substitute(ev.handlerType(), bindings));
        if (!arity(c, ev.params().size(), "the event `" + ev.name() + "`")) {
            return Prim.UNIT;
        }
        for (int i = 0; i < c.args().size(); i++) {
            cx.exprs.checkAgainst(c.args().get(i), Types.substitute(ev.params().get(i), bindings));
        }
        cx.ann.setCall(c, new CallTarget.EventCall(s.symbol(), ev));
        return Prim.UNIT;
    }

    Type enumConstructor(EnumCtorExpr e, Type expected) {
        DeclSymbol decl = cx.types.declaration(e.enumType(), cx.module);
        if (decl == null) {
            e.args().forEach(cx.exprs::checkValue);
            return Prim.ERROR;
        }
        if (!(decl instanceof EnumSymbol en)) {
            cx.error(e.enumType().pos(), ErrorCode.WRONG_KIND, "`" + decl.name() + "` is not an enum");
            e.args().forEach(cx.exprs::checkValue);
            return Prim.ERROR;
        }
        VariantSymbol v = en.variant(e.variant());
        if (v == null) {
            cx.error(
                    e.pos(),
                    ErrorCode.UNKNOWN_VARIANT,
                    "the enum `" + en.name() + "` has no variant `" + e.variant() + "`");
            e.args().forEach(cx.exprs::checkValue);
            return Prim.ERROR;
        }
        if (e.args().size() != v.fields().size()) {
            cx.error(
                    e.pos(),
                    ErrorCode.ARITY,
                    "`" + en.name() + "::" + v.name() + "` takes "
                            + Wording.count(v.fields().size(), "value") + ", not "
                            + e.args().size());
            e.args().forEach(cx.exprs::checkValue);
            return Prim.ERROR;
        }
        Map<TypeParam, Type> bindings = explicitArgs(e.enumType().args(), en.typeParams(), e.pos(), en.name());
        if (bindings == null) {
            return Prim.ERROR;
        }
        if (expected instanceof EnumType x && x.symbol() == en) {
            inference.expect(en.selfType(), expected, en.typeParams(), bindings);
        }
        for (int i = 0; i < e.args().size(); i++) {
            inference.argument(e.args().get(i), v.fields().get(i).type(), en.typeParams(), bindings);
        }
        inference.finish(en.typeParams(), bindings, e.pos(), en.name());
        cx.ann.setVariant(e, v);
        return Types.substitute(en.selfType(), bindings);
    }

    private Map<TypeParam, Type> explicitArgs(
            List<TypeRef> written, List<TypeParam> params, SourcePos pos, String name) {
        Map<TypeParam, Type> bindings = new LinkedHashMap<>();
        if (written.isEmpty()) {
            return bindings;
        }
        if (written.size() != params.size()) {
            cx.error(
                    pos,
                    ErrorCode.ARITY,
                    "`" + name + "` takes " + Wording.count(params.size(), "type argument") + ", not "
                            + written.size());
            return null;
        }
        for (int i = 0; i < params.size(); i++) {
            bindings.put(params.get(i), cx.valueType(written.get(i)));
        }
        return bindings;
    }

    Type structLiteral(StructLit lit, Type expected) {
        DeclSymbol decl = cx.types.declaration(lit.type(), cx.module);
        if (!(decl instanceof StructSymbol s)) {
            if (decl != null) {
                cx.error(lit.type().pos(), ErrorCode.WRONG_KIND, "`" + decl.name() + "` is not a type with fields");
            }
            lit.fields().forEach(f -> cx.exprs.checkValue(f.value()));
            return Prim.ERROR;
        }
        Map<TypeParam, Type> bindings = explicitArgs(lit.type().args(), s.typeParams(), lit.pos(), s.name());
        if (bindings == null) {
            return Prim.ERROR;
        }
        if (expected instanceof StructType x && x.symbol() == s) {
            inference.expect(s.selfType(), expected, s.typeParams(), bindings);
        }
        Set<String> given = new HashSet<>();
        for (FieldInit init : lit.fields()) {
            FieldSymbol f = s.fields().get(init.name());
            if (f == null) {
                String why = s.events().containsKey(init.name())
                        ? "is an event (events start empty)"
                        : "is not a field of `" + s.name() + "`";
                cx.error(init.pos(), ErrorCode.STRUCT_FIELDS, "`" + init.name() + "` " + why);
                cx.exprs.checkValue(init.value());
                continue;
            }
            if (!given.add(init.name())) {
                cx.error(init.pos(), ErrorCode.STRUCT_FIELDS, "the field `" + init.name() + "` is given twice");
            }
            inference.argument(init.value(), f.type(), s.typeParams(), bindings);
        }
        List<String> missing = new ArrayList<>();
        for (String f : s.fields().keySet()) {
            if (!given.contains(f)) {
                missing.add("`" + f + "`");
            }
        }
        if (!missing.isEmpty()) {
            cx.error(
                    lit.pos(),
                    ErrorCode.STRUCT_FIELDS,
                    "missing field" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " in the `"
                            + s.name() + "` literal");
        }
        inference.finish(s.typeParams(), bindings, lit.pos(), s.name());
        StructType t = (StructType) Types.substitute(s.selfType(), bindings);
        cx.ann.setStruct(lit, t);
        return t;
    }
}
