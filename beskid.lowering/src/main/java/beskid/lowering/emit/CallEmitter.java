package beskid.lowering.emit;

import beskid.abi.AbiKind;
import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.sema.Builtin;
import beskid.lowering.sema.CallTarget;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.EventSymbol;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.ParamSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import beskid.lowering.sema.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Calls: static calls of module functions, interop dispatch of {@code [Interop]} Std
 * functions, runtime builtins, virtual/interface method calls, calls of function values and
 * event raising. Arguments are evaluated left to right (the receiver first).
 */
final class CallEmitter {
    private final MethodContext mc;
    private final MethodVisitor mv;

    CallEmitter(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
    }

    /** Emits a call whose checked result type is {@code result}. */
    void call(CallExpr c, Type result) {
        CallTarget target = mc.ann.call(c);
        if (target instanceof CallTarget.FunctionCall f) {
            if (f.function().interop() != null) {
                interop(c, f.function(), f.bindings(), result);
            } else {
                function(c, f.function(), f.bindings(), result, false);
            }
        } else if (target instanceof CallTarget.MethodCall m) {
            mc.exprs.emit(((MemberExpr) c.callee()).target());
            function(c, m.method(), m.bindings(), result, true);
        } else if (target instanceof CallTarget.BuiltinCall b) {
            builtin(c, b.builtin());
        } else if (target instanceof CallTarget.ValueCall v) {
            value(c, v.type());
        } else if (target instanceof CallTarget.EventCall e) {
            event(c, e);
        } else {
            throw new IllegalStateException("unchecked call at " + c.pos());
        }
        if (result == Prim.NEVER) {
            mc.unreachable();
        }
    }

    private void function(CallExpr c, FunctionSymbol f, Map<TypeParam, Type> bindings, Type result, boolean method) {
        List<Runnable> copyBack = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            ParamSymbol p = f.params().get(i);
            Expr arg = c.args().get(i);
            if (p.mode() != ParamMode.VALUE) {
                copyBack.add(refArgument(arg));
            } else if (arg instanceof LambdaExpr l && needsShape(arg, Types.substitute(p.type(), bindings), p.type())) {
                mc.closures.lambdaAs(l, (FnType) p.type());
            } else if (mc.ann.resolution(arg) instanceof Resolved.FunctionRef named
                    && needsShape(arg, Types.substitute(p.type(), bindings), p.type())) {
                mc.closures.functionValueAs(named.function(), (FnType) p.type());
            } else {
                mc.exprs.emit(arg);
                mc.values.toErased(Types.substitute(p.type(), bindings), p.type());
            }
        }
        mc.line(c.pos());
        String desc = mc.jvm.methodDesc(f);
        if (!method) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, mc.jvm.functionClass(f), JvmTypes.methodName(f), desc, false);
        } else if (f.owner() instanceof ContractSymbol k) {
            mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, k.internalName(), JvmTypes.methodName(f), desc, true);
        } else {
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, f.owner().internalName(), JvmTypes.methodName(f), desc, false);
        }
        copyBack.forEach(Runnable::run);
        mc.values.fromErased(f.result(), result);
    }

    /**
     * Whether a lambda argument of type {@code actual} (after no conversion of its own) goes to
     * a parameter of another erased shape, so that it is better made in that shape directly.
     */
    private boolean needsShape(Expr arg, Type actual, Type declared) {
        return declared instanceof FnType
                && actual instanceof FnType
                && mc.exprs.finalType(arg).equals(actual)
                && mc.ann.type(arg).equals(actual)
                && !mc.jvm.desc(actual).equals(mc.jvm.desc(declared));
    }

    /**
     * A ref/out argument: the local's value goes in a one-element cell, and after the call
     * the cell's content is stored back into the local (copy-in, copy-out).
     */
    private Runnable refArgument(Expr arg) {
        LocalVar v = ((Resolved.LocalRef) mc.ann.resolution((NameExpr) arg)).var();
        if (mc.isCell(v)) {
            mv.visitVarInsn(Opcodes.ALOAD, mc.slot(v)); // already a cell: pass it on
            return () -> {};
        }
        int cell = mc.temp(JvmTypes.CELL_DESC);
        mc.pushInt(1);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, JvmTypes.OBJECT);
        mv.visitInsn(Opcodes.DUP);
        mv.visitInsn(Opcodes.ICONST_0);
        mc.load(v);
        mc.values.toObject(v.type());
        mv.visitInsn(Opcodes.AASTORE);
        mv.visitInsn(Opcodes.DUP);
        mv.visitVarInsn(Opcodes.ASTORE, cell);
        return () -> {
            mv.visitVarInsn(Opcodes.ALOAD, cell);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.AALOAD);
            mc.values.fromObject(v.type());
            mc.store(v);
        };
    }

    /** An [Interop] Std function: the tag's dispatch symbol, arguments in the tag's kinds. */
    private void interop(CallExpr c, FunctionSymbol f, Map<TypeParam, Type> bindings, Type result) {
        InteropTag tag = f.interop();
        for (int i = 0; i < c.args().size(); i++) {
            mc.exprs.emit(c.args().get(i));
            Type actual = Types.substitute(f.params().get(i).type(), bindings);
            AbiKind kind = tag.parameterKinds().get(i);
            if (kind == AbiKind.PTR) {
                mc.values.toObject(actual);
            } else if (kind == AbiKind.I64 && actual != Prim.I64) {
                mv.visitInsn(Opcodes.I2L);
            }
        }
        mc.line(c.pos());
        mc.runtime.interop(mv, tag);
        switch (tag.group()) {
            case UNIT -> {}
            case USIZE -> fromUsize(result);
            case PTR -> mc.values.fromObject(result);
        }
    }

    /** The usize group returns a long: narrowed to the declared integer, or != 0 for bool. */
    private void fromUsize(Type t) {
        if (t == Prim.BOOL) {
            Label zero = new Label();
            Label done = new Label();
            mv.visitInsn(Opcodes.LCONST_0);
            mv.visitInsn(Opcodes.LCMP);
            mv.visitJumpInsn(Opcodes.IFEQ, zero);
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitJumpInsn(Opcodes.GOTO, done);
            mv.visitLabel(zero);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitLabel(done);
        } else if (t != Prim.I64) {
            mv.visitInsn(Opcodes.L2I);
            if (t == Prim.U8) {
                mc.values.maskU8();
            }
        }
    }

    private void builtin(CallExpr c, Builtin b) {
        for (Expr arg : c.args()) {
            mc.exprs.emit(arg);
        }
        mc.line(c.pos());
        mc.runtime.call(mv, b.symbol());
    }

    private void value(CallExpr c, FnType type) {
        mc.exprs.emit(c.callee());
        for (Expr arg : c.args()) {
            mc.exprs.emit(arg);
        }
        mc.line(c.pos());
        invokeFunction(type);
    }

    /** Invokes the function object below the arguments on the stack. */
    void invokeFunction(FnType type) {
        mv.visitMethodInsn(
                Opcodes.INVOKEINTERFACE,
                mc.jvm.fnInterface(type),
                JvmTypes.INVOKE,
                mc.jvm.erasedMethodDesc(type),
                true);
        String exact = mc.jvm.desc(type.result());
        if (JvmTypes.isReference(exact) && !exact.equals(JvmTypes.OBJECT_DESC)) {
            mc.values.fromObject(type.result());
        }
    }

    /** Raising an event: arguments evaluated once, then each handler called in order. */
    private void event(CallExpr c, CallTarget.EventCall e) {
        EventSymbol ev = e.event();
        mc.exprs.emit(((MemberExpr) c.callee()).target());
        mv.visitFieldInsn(Opcodes.GETFIELD, e.owner().internalName(), ev.name(), JvmTypes.OBJECT_DESC);
        int list = mc.temp(JvmTypes.OBJECT_DESC);
        mv.visitVarInsn(Opcodes.ASTORE, list);
        List<Integer> args = new ArrayList<>();
        List<String> descs = new ArrayList<>();
        for (Expr arg : c.args()) {
            mc.exprs.emit(arg);
            String d = mc.jvm.desc(mc.exprs.finalType(arg));
            int slot = mc.temp(d);
            mv.visitVarInsn(JvmTypes.storeOpcode(d), slot);
            args.add(slot);
            descs.add(d);
        }
        Type written = mc.ann.type(c.callee());
        FnType handler = written instanceof FnType f ? f : ev.handlerType();
        int index = mc.temp("J");
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, index);
        Label top = new Label();
        Label exit = new Label();
        mc.line(c.pos());
        mv.visitLabel(top);
        mv.visitVarInsn(Opcodes.LLOAD, index);
        mv.visitVarInsn(Opcodes.ALOAD, list);
        mc.runtime.call(mv, RuntimeSymbol.event_len);
        mv.visitInsn(Opcodes.LCMP);
        mv.visitJumpInsn(Opcodes.IFGE, exit);
        mv.visitVarInsn(Opcodes.ALOAD, list);
        mv.visitVarInsn(Opcodes.LLOAD, index);
        mc.runtime.call(mv, RuntimeSymbol.event_get_handler);
        String iface = mc.jvm.fnInterface(handler);
        mv.visitTypeInsn(Opcodes.CHECKCAST, iface);
        for (int i = 0; i < args.size(); i++) {
            mv.visitVarInsn(JvmTypes.loadOpcode(descs.get(i)), args.get(i));
        }
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, iface, JvmTypes.INVOKE, mc.jvm.erasedMethodDesc(handler), true);
        mv.visitVarInsn(Opcodes.LLOAD, index);
        mv.visitInsn(Opcodes.LCONST_1);
        mv.visitInsn(Opcodes.LADD);
        mv.visitVarInsn(Opcodes.LSTORE, index);
        mv.visitJumpInsn(Opcodes.GOTO, top);
        mv.visitLabel(exit);
    }
}
