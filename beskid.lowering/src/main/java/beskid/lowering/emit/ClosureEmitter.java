package beskid.lowering.emit;

import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LambdaInfo;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import java.util.ArrayList;
import java.util.List;
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
        if (erasesString(info.type())) {
            lambdaAs(l, info.type());
            return;
        }
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

    /**
     * A lambda literal made directly as a value of {@code to}, a function type of another erased
     * shape (a generic parameter's): LambdaMetafactory over a bridge that converts the arguments
     * and the result, as javac bridges a lambda to a generic interface. Unlike adapting the
     * finished value, nothing wraps it, so a non-capturing lambda stays one constant object.
     */
    void lambdaAs(LambdaExpr l, FnType to) {
        LambdaInfo info = mc.ann.lambda(l);
        String name = mc.cls.queueLambda(l, info, to);
        StringBuilder captured = new StringBuilder();
        for (LocalVar v : info.captures()) {
            mc.load(v);
            captured.append(mc.jvm.desc(v.type()));
        }
        String erased = mc.jvm.erasedMethodDesc(to);
        mv.visitInvokeDynamicInsn(
                JvmTypes.INVOKE,
                "(" + captured + ")L" + mc.jvm.fnInterface(to) + ";",
                METAFACTORY,
                org.objectweb.asm.Type.getMethodType(erased),
                new Handle(
                        Opcodes.H_INVOKESTATIC, mc.cls.internalName, name + "$as", bridgeDesc(mc.jvm, info, to), false),
                org.objectweb.asm.Type.getMethodType(erased));
    }

    private static String bridgeDesc(JvmTypes jvm, LambdaInfo info, FnType to) {
        StringBuilder d = new StringBuilder("(");
        for (LocalVar v : info.captures()) {
            d.append(jvm.desc(v.type()));
        }
        String erased = jvm.erasedMethodDesc(to);
        return d.append(erased.substring(1)).toString();
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

    /**
     * Whether a value of {@code type} may be called from generic code with a string argument
     * erased to Object, so null (a zeroed string element) can reach it: such a value is made
     * over a bridge that reads that null as "", since LambdaMetafactory would only cast it.
     */
    static boolean erasesString(FnType type) {
        return type.params().contains(Prim.STRING);
    }

    /** A module function as a value: made for its declared type, adapted to the expected shape. */
    void functionValue(FunctionSymbol f, FnType type) {
        FnType declared = f.type();
        if (erasesString(declared)) {
            functionValueAs(f, declared);
            mc.values.reinterpret(declared, type);
            return;
        }
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
     * A module function named as an argument for a parameter of another erased shape: made in
     * that shape directly, over a bridge (as {@link #lambdaAs}), so it stays one constant.
     */
    void functionValueAs(FunctionSymbol f, FnType to) {
        String bridge = mc.cls.queueBridge(f, to, false);
        String erased = mc.jvm.erasedMethodDesc(to);
        mv.visitInvokeDynamicInsn(
                JvmTypes.INVOKE,
                "()L" + mc.jvm.fnInterface(to) + ";",
                METAFACTORY,
                org.objectweb.asm.Type.getMethodType(erased),
                new Handle(Opcodes.H_INVOKESTATIC, mc.cls.internalName, bridge, erased, false),
                org.objectweb.asm.Type.getMethodType(erased));
    }

    /** The receiver on the stack bound to {@code method}, made in the shape {@code to} over a bridge. */
    private void methodValueAs(FunctionSymbol method, FnType to) {
        String bridge = mc.cls.queueBridge(method, to, true);
        String erased = mc.jvm.erasedMethodDesc(to);
        String receiver = "L" + method.owner().internalName() + ";";
        mv.visitInvokeDynamicInsn(
                JvmTypes.INVOKE,
                "(" + receiver + ")L" + mc.jvm.fnInterface(to) + ";",
                METAFACTORY,
                org.objectweb.asm.Type.getMethodType(erased),
                new Handle(
                        Opcodes.H_INVOKESTATIC,
                        mc.cls.internalName,
                        bridge,
                        "(" + receiver + erased.substring(1),
                        false),
                org.objectweb.asm.Type.getMethodType(erased));
    }

    /** Writes the bridge of a function (or a method, its receiver first) made in another shape. */
    static void writeFunctionBridge(ClassContext cls, ClassContext.PendingBridge p) {
        JvmTypes jvm = cls.emit.jvm;
        FunctionSymbol f = p.function();
        if (p.bound()) {
            boolean iface = f.owner() instanceof ContractSymbol;
            bridge(
                    cls,
                    p.name(),
                    List.of("L" + f.owner().internalName() + ";"),
                    f.type(),
                    p.as(),
                    iface ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
                    f.owner().internalName(),
                    JvmTypes.methodName(f),
                    jvm.methodDesc(f));
            return;
        }
        bridge(
                cls,
                p.name(),
                List.of(),
                f.type(),
                p.as(),
                Opcodes.INVOKESTATIC,
                jvm.functionClass(f),
                JvmTypes.methodName(f),
                jvm.methodDesc(f));
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
        if (erasesString(declared)) {
            methodValueAs(method, declared);
            mc.values.reinterpret(declared, type);
            return;
        }
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
            if (p.as() != null) {
                writeBridge(p);
            }
        }

        /** {@code <name>$as}: the captures, then the arguments in the shape of {@code as}, converted. */
        private void writeBridge(ClassContext.PendingLambda p) {
            LambdaInfo info = p.info();
            JvmTypes jvm = cls.emit.jvm;
            List<String> captures = new ArrayList<>();
            for (LocalVar v : info.captures()) {
                captures.add(jvm.desc(v.type()));
            }
            bridge(
                    cls,
                    p.name() + "$as",
                    captures,
                    info.type(),
                    p.as(),
                    Opcodes.INVOKESTATIC,
                    cls.internalName,
                    p.name(),
                    implDesc(jvm, info));
        }
    }

    /**
     * A private static bridge {@code name}: takes {@code captures}, then the arguments in the
     * erased shape of {@code to}; converts them to {@code from}, calls {@code owner.target} with
     * {@code invoke} (a bound receiver is the first capture), and converts its result back.
     */
    static void bridge(
            ClassContext cls,
            String name,
            List<String> captures,
            FnType from,
            FnType to,
            int invoke,
            String owner,
            String target,
            String targetDesc) {
        JvmTypes jvm = cls.emit.jvm;
        String erasedDesc = jvm.erasedMethodDesc(to);
        MethodVisitor raw = cls.cw.visitMethod(
                Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                name,
                "(" + String.join("", captures) + erasedDesc.substring(1),
                null,
                null);
        raw.visitCode();
        // Through the method context's tracker: a module class with own frames takes its
        // maximums from it, so the parameters' slots are declared there.
        MethodContext bridge = new MethodContext(cls, raw, to.result(), 0);
        MethodVisitor mv = bridge.mv;
        org.objectweb.asm.Type[] erased = org.objectweb.asm.Type.getArgumentTypes(erasedDesc);
        List<String> params = new ArrayList<>(captures);
        for (org.objectweb.asm.Type e : erased) {
            params.add(e.getDescriptor());
        }
        declareParameters(bridge, params); // all before the first frame a conversion may need
        int slot = 0;
        for (String d : captures) {
            mv.visitVarInsn(JvmTypes.loadOpcode(d), slot);
            slot += JvmTypes.size(d);
        }
        for (int i = 0; i < erased.length; i++) {
            String e = erased[i].getDescriptor();
            mv.visitVarInsn(JvmTypes.loadOpcode(e), slot);
            slot += JvmTypes.size(e);
            Type declared = to.params().get(i);
            String d = jvm.desc(declared);
            if (e.equals(JvmTypes.OBJECT_DESC) && JvmTypes.isReference(d) && !d.equals(JvmTypes.OBJECT_DESC)) {
                // Erased to Object in the shape: cast, and a zeroed string (null) becomes "".
                bridge.values.fromObject(declared);
            }
            bridge.values.reinterpret(declared, from.params().get(i));
        }
        mv.visitMethodInsn(invoke, owner, target, targetDesc, invoke == Opcodes.INVOKEINTERFACE);
        bridge.values.reinterpret(from.result(), to.result());
        String result = org.objectweb.asm.Type.getReturnType(erasedDesc).getDescriptor();
        if (jvm.desc(from.result()).equals("V") && !result.equals("V")) {
            mv.visitInsn(Opcodes.ACONST_NULL); // unit as a generic result
        }
        mv.visitInsn(JvmTypes.returnOpcode(result));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Declares a bridge's parameters as holding their values from the start. */
    private static void declareParameters(MethodContext bridge, List<String> descs) {
        int slot = 0;
        for (String d : descs) {
            bridge.tracker.declareSlot(slot, d);
            bridge.tracker.assigned(slot);
            slot += JvmTypes.size(d);
        }
    }
}
