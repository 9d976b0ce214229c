package beskid.lowering.emit;

import beskid.lowering.sema.FnType;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Function values whose erased shapes differ (a generic parameter boxes what the value's type
 * keeps primitive) are adapted by a wrapper object. The identity of the function value must
 * survive (LANGUAGE.md: {@code ===} and {@code -=} on events compare function values by
 * identity), so every wrapper is an instance of one generated class per pair of shapes that
 * implements the artifact's marker interface {@code <main>$Adapter}: it remembers the value it
 * wraps. Adapting a wrapper back to the shape of what it wraps gives that value itself, and
 * {@code ===} on function values compares what the wrappers wrap.
 */
final class FunctionAdapters {
    private static final String SOURCE = "source";
    private static final String SOURCE_DESC = "()" + JvmTypes.OBJECT_DESC;
    private static final String SAME_DESC = "(" + JvmTypes.OBJECT_DESC + JvmTypes.OBJECT_DESC + ")Z";

    private final EmitContext emit;
    private final String marker;
    private final String prefix;
    /** The adapters written so far, by name (one per pair of shapes). */
    private final Set<String> written = new HashSet<>();

    private boolean markerWritten;

    FunctionAdapters(EmitContext emit, String mainModuleInternalName) {
        this.emit = emit;
        this.marker = mainModuleInternalName + "$Adapter";
        this.prefix = mainModuleInternalName + "$Adapt$";
    }

    /**
     * Turns the function object on the stack (of type {@code from}) into one of type {@code to}:
     * the wrapped value when it is a wrapper of a {@code to} value, else a new wrapper.
     */
    void adapt(MethodContext mc, FnType from, FnType to) {
        MethodVisitor mv = mc.mv;
        String toIface = mc.jvm.fnInterface(to);
        String cls = adapterClass(mc, from, to);
        Label wrap = new Label();
        Label dropAndWrap = new Label();
        Label done = new Label();
        mv.visitInsn(Opcodes.DUP);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, marker);
        mv.visitJumpInsn(Opcodes.IFEQ, wrap);
        mv.visitInsn(Opcodes.DUP);
        mv.visitTypeInsn(Opcodes.CHECKCAST, marker);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, marker, SOURCE, SOURCE_DESC, true);
        mv.visitInsn(Opcodes.DUP);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, toIface);
        mv.visitJumpInsn(Opcodes.IFEQ, dropAndWrap);
        mv.visitInsn(Opcodes.SWAP);
        mv.visitInsn(Opcodes.POP);
        mv.visitTypeInsn(Opcodes.CHECKCAST, toIface);
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(dropAndWrap);
        mv.visitInsn(Opcodes.POP);
        mv.visitLabel(wrap);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, cls, "wrap", wrapDesc(toIface), false);
        mv.visitLabel(done);
    }

    private static String wrapDesc(String toIface) {
        return "(" + JvmTypes.OBJECT_DESC + ")L" + toIface + ";";
    }

    /** Compares the two function values on the stack by identity, through any wrappers: an int. */
    void same(MethodContext mc) {
        writeMarker();
        mc.mv.visitMethodInsn(Opcodes.INVOKESTATIC, marker, "same", SAME_DESC, true);
    }

    /**
     * The adapter from one shape to another, written on first use. Named by the two shapes, not
     * by the order of first use: the classes of a large module are written side by side (see
     * ClassJobs), and whichever gets there first, the artifact is the same.
     */
    private synchronized String adapterClass(MethodContext mc, FnType from, FnType to) {
        String name = prefix + mc.jvm.shape(from) + "$to$" + mc.jvm.shape(to);
        if (!written.add(name)) {
            return name;
        }
        writeMarker();
        String fromIface = mc.jvm.fnInterface(from);
        String toIface = mc.jvm.fnInterface(to);
        ClassWriter cw = emit.model.newWriter();
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC,
                name,
                null,
                JvmTypes.OBJECT,
                new String[] {toIface, marker});
        cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, SOURCE, JvmTypes.OBJECT_DESC, null, null)
                .visitEnd();
        MethodVisitor init = cw.visitMethod(0, "<init>", "(" + JvmTypes.OBJECT_DESC + ")V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, JvmTypes.OBJECT, "<init>", "()V", false);
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitVarInsn(Opcodes.ALOAD, 1);
        init.visitFieldInsn(Opcodes.PUTFIELD, name, SOURCE, JvmTypes.OBJECT_DESC);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor wrap = cw.visitMethod(Opcodes.ACC_STATIC, "wrap", wrapDesc(toIface), null, null);
        wrap.visitCode();
        wrap.visitTypeInsn(Opcodes.NEW, name);
        wrap.visitInsn(Opcodes.DUP);
        wrap.visitVarInsn(Opcodes.ALOAD, 0);
        wrap.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", "(" + JvmTypes.OBJECT_DESC + ")V", false);
        wrap.visitInsn(Opcodes.ARETURN);
        wrap.visitMaxs(0, 0);
        wrap.visitEnd();
        MethodVisitor source = cw.visitMethod(Opcodes.ACC_PUBLIC, SOURCE, SOURCE_DESC, null, null);
        source.visitCode();
        source.visitVarInsn(Opcodes.ALOAD, 0);
        source.visitFieldInsn(Opcodes.GETFIELD, name, SOURCE, JvmTypes.OBJECT_DESC);
        source.visitInsn(Opcodes.ARETURN);
        source.visitMaxs(0, 0);
        source.visitEnd();
        invoke(new ClassContext(emit, name, cw, mc.cls.ann), mc.jvm, name, fromIface, from, to);
        cw.visitEnd();
        emit.add(name, cw.toByteArray());
        return name;
    }

    /** The wrapper's {@code invoke}: converts the arguments, calls the wrapped value, converts back. */
    private static void invoke(ClassContext cls, JvmTypes jvm, String name, String fromIface, FnType from, FnType to) {
        // It implements the `to` shape's interface, whose method takes the erased descriptor.
        MethodVisitor mv =
                cls.cw.visitMethod(Opcodes.ACC_PUBLIC, JvmTypes.INVOKE, jvm.erasedMethodDesc(to), null, null);
        mv.visitCode();
        MethodContext bridge = new MethodContext(cls, mv, to.result(), 0);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, name, SOURCE, JvmTypes.OBJECT_DESC);
        mv.visitTypeInsn(Opcodes.CHECKCAST, fromIface);
        int slot = 1;
        for (int i = 0; i < to.params().size(); i++) {
            String d = jvm.desc(to.params().get(i));
            mv.visitVarInsn(JvmTypes.loadOpcode(d), slot);
            slot += JvmTypes.size(d);
            bridge.values.reinterpret(to.params().get(i), from.params().get(i));
        }
        bridge.calls.invokeFunction(from);
        bridge.values.reinterpret(from.result(), to.result());
        mv.visitInsn(JvmTypes.returnOpcode(jvm.desc(to.result())));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The marker interface, once per artifact: {@code source()} and the static {@code same}. */
    private synchronized void writeMarker() {
        if (markerWritten) {
            return;
        }
        markerWritten = true;
        ClassWriter cw = emit.model.newWriter();
        cw.visit(
                Opcodes.V17,
                Opcodes.ACC_PUBLIC | Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_SYNTHETIC,
                marker,
                null,
                JvmTypes.OBJECT,
                null);
        cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, SOURCE, SOURCE_DESC, null, null)
                .visitEnd();
        MethodVisitor root = cw.visitMethod(
                Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC,
                "root",
                "(" + JvmTypes.OBJECT_DESC + ")" + JvmTypes.OBJECT_DESC,
                null,
                null);
        root.visitCode();
        Label loop = new Label();
        Label out = new Label();
        root.visitLabel(loop);
        root.visitVarInsn(Opcodes.ALOAD, 0);
        root.visitTypeInsn(Opcodes.INSTANCEOF, marker);
        root.visitJumpInsn(Opcodes.IFEQ, out);
        root.visitVarInsn(Opcodes.ALOAD, 0);
        root.visitTypeInsn(Opcodes.CHECKCAST, marker);
        root.visitMethodInsn(Opcodes.INVOKEINTERFACE, marker, SOURCE, SOURCE_DESC, true);
        root.visitVarInsn(Opcodes.ASTORE, 0);
        root.visitJumpInsn(Opcodes.GOTO, loop);
        root.visitLabel(out);
        root.visitVarInsn(Opcodes.ALOAD, 0);
        root.visitInsn(Opcodes.ARETURN);
        root.visitMaxs(0, 0);
        root.visitEnd();
        MethodVisitor same = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "same", SAME_DESC, null, null);
        same.visitCode();
        Label differ = new Label();
        String rootDesc = "(" + JvmTypes.OBJECT_DESC + ")" + JvmTypes.OBJECT_DESC;
        same.visitVarInsn(Opcodes.ALOAD, 0);
        same.visitMethodInsn(Opcodes.INVOKESTATIC, marker, "root", rootDesc, true);
        same.visitVarInsn(Opcodes.ALOAD, 1);
        same.visitMethodInsn(Opcodes.INVOKESTATIC, marker, "root", rootDesc, true);
        same.visitJumpInsn(Opcodes.IF_ACMPNE, differ);
        same.visitInsn(Opcodes.ICONST_1);
        same.visitInsn(Opcodes.IRETURN);
        same.visitLabel(differ);
        same.visitInsn(Opcodes.ICONST_0);
        same.visitInsn(Opcodes.IRETURN);
        same.visitMaxs(0, 0);
        same.visitEnd();
        cw.visitEnd();
        emit.add(marker, cw.toByteArray());
    }
}
