package beskid.lowering.emit;

import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Function values. A lambda is a private static method of the enclosing class taking its
 * captures first, turned into an object of the shape's functional interface by an
 * {@code invokedynamic} on LambdaMetafactory; the captured values are pushed at creation, so
 * later assignments to the variables do not affect it (capture by value). A named function
 * used as a value is the same call site over the function's own method.
 */
final class ClosureEmitter {
    private static final Handle METAFACTORY = new Handle(
            Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/LambdaMetafactory",
            "metafactory",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;",
            false);

    private final MethodContext mc;
    private final MethodVisitor mv;

    ClosureEmitter(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
    }

    void lambda(LambdaExpr l) {
        LambdaInfo info = mc.ann.lambda(l);
        String name = mc.cls.queueLambda(l, info);
        StringBuilder captured = new StringBuilder();
        for (LocalVar v : info.captures()) {
            mc.load(v);
            captured.append(mc.jvm.desc(v.type()));
        }
        String impl = implDesc(mc.jvm, info);
        create(
                info.type(),
                captured.toString(),
                new Handle(Opcodes.H_INVOKESTATIC, mc.cls.internalName, name, impl, false));
    }

    private static String implDesc(JvmTypes jvm, LambdaInfo info) {
        StringBuilder d = new StringBuilder("(");
        for (LocalVar v : info.captures()) {
            d.append(jvm.desc(v.type()));
        }
        for (LocalVar v : info.params()) {
            d.append(jvm.desc(v.type()));
        }
        return d.append(')').append(jvm.desc(info.type().result())).toString();
    }

    /** A module function as a value: made for its declared type, adapted to the expected shape. */
    void functionValue(FunctionSymbol f, FnType type) {
        FnType declared = f.type();
        create(
                declared,
                "",
                new Handle(
                        Opcodes.H_INVOKESTATIC,
                        mc.jvm.functionClass(f),
                        JvmTypes.methodName(f),
                        mc.jvm.methodDesc(f),
                        false));
        mc.values.reinterpret(declared, type);
    }

    /**
     * The receiver on the stack bound to one of its methods. The function object is made for
     * the method's declared type (a generic owner's parameters erased) and then, if the
     * expected shape differs, adapted to it.
     */
    void methodValue(FunctionSymbol method, FnType type) {
        String owner = method.owner().internalName();
        boolean iface = method.owner() instanceof ContractSymbol;
        Handle impl = new Handle(
                iface ? Opcodes.H_INVOKEINTERFACE : Opcodes.H_INVOKEVIRTUAL,
                owner,
                JvmTypes.methodName(method),
                mc.jvm.methodDesc(method),
                iface);
        FnType declared = method.type();
        create(declared, "L" + owner + ";", impl);
        mc.values.reinterpret(declared, type);
    }

    private void create(FnType type, String capturedDescs, Handle impl) {
        String iface = mc.jvm.fnInterface(type);
        mv.visitInvokeDynamicInsn(
                JvmTypes.INVOKE,
                "(" + capturedDescs + ")L" + iface + ";",
                METAFACTORY,
                org.objectweb.asm.Type.getMethodType(mc.jvm.erasedMethodDesc(type)),
                impl,
                org.objectweb.asm.Type.getMethodType(mc.jvm.exactMethodDesc(type)));
    }

    /**
     * Adapts the function object on the stack (of type {@code from}) to type {@code to} whose
     * erased shape differs, keeping its identity (see {@link FunctionAdapters}).
     */
    void adapt(FnType from, FnType to) {
        mc.cls.emit.adapters.adapt(mc, from, to);
    }

    /** Writes the synthetic method of a queued lambda. */
    static final class LambdaBodyWriter {
        private final ClassContext cls;

        LambdaBodyWriter(ClassContext cls) {
            this.cls = cls;
        }

        void write(ClassContext.PendingLambda p) {
            LambdaInfo info = p.info();
            JvmTypes jvm = cls.emit.jvm;
            MethodVisitor mv = cls.cw.visitMethod(
                    Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    p.name(),
                    implDesc(jvm, info),
                    null,
                    null);
            mv.visitCode();
            MethodContext mc = new MethodContext(cls, mv, info.type().result(), 0);
            for (LocalVar v : info.captures()) {
                mc.parameter(v, false); // a copy: the lambda sees the value at creation
            }
            for (LocalVar v : info.params()) {
                mc.parameter(v, false);
            }
            String result = jvm.desc(info.type().result());
            LambdaExpr l = p.expr();
            mc.line(l.pos());
            if (l.body() instanceof BlockExpr b) {
                mc.stmts.block(b.block());
                if (result.equals("V")) {
                    mc.mv.visitInsn(Opcodes.RETURN);
                } else {
                    mc.unreachable(); // the checker proved every path returns
                }
            } else {
                mc.exprs.emit(l.body());
                mc.mv.visitInsn(JvmTypes.returnOpcode(result));
            }
            mc.names.close(0);
            mc.mv.visitMaxs(0, 0); // through the tracker, which knows the maximums of a class with own frames
            mc.mv.visitEnd();
        }
    }
}
