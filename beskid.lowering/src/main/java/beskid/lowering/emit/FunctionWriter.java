package beskid.lowering.emit;

import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.sema.FunctionInfo;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Writes one method from a function, method, test body or skip condition. */
final class FunctionWriter {
    private final ClassContext cls;

    FunctionWriter(ClassContext cls) {
        this.cls = cls;
    }

    /** A module function (static) or a method (instance, {@code this} in slot 0). */
    void function(FunctionSymbol f, boolean instance) {
        FunctionDecl d = f.decl();
        FunctionInfo info = cls.ann.function(d);
        int access = Opcodes.ACC_PUBLIC | (instance ? 0 : Opcodes.ACC_STATIC);
        MethodVisitor mv = cls.cw.visitMethod(access, JvmTypes.methodName(f), cls.emit.jvm.methodDesc(f), null, null);
        mv.visitCode();
        MethodContext mc = new MethodContext(cls, mv, f.result(), 0);
        if (info.thisVar() != null) {
            mc.parameter(info.thisVar(), false);
        }
        for (LocalVar p : info.params()) {
            mc.parameter(p, p.refCell());
        }
        mc.stmts.block(d.body());
        finish(mc, cls.emit.jvm.desc(f.result()));
    }

    /** A test body as a static {@code ()V} method. */
    void test(TestDecl t, String name) {
        MethodVisitor mv = cls.cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()V", null, null);
        mv.visitCode();
        MethodContext mc = new MethodContext(cls, mv, Prim.UNIT, 0);
        mc.stmts.block(t.body());
        finish(mc, "V");
    }

    /** A skip condition as a static {@code ()Z} method. */
    void condition(Expr condition, String name) {
        MethodVisitor mv = cls.cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()Z", null, null);
        mv.visitCode();
        MethodContext mc = new MethodContext(cls, mv, Prim.BOOL, 0);
        mc.line(condition.pos());
        mc.exprs.emit(condition);
        mc.mv.visitInsn(Opcodes.IRETURN);
        mc.names.close(0);
        mc.mv.visitMaxs(0, 0);
        mc.mv.visitEnd();
    }

    private static void finish(MethodContext mc, String resultDesc) {
        if (resultDesc.equals("V")) {
            mc.mv.visitInsn(Opcodes.RETURN);
        } else {
            mc.unreachable(); // the checker proved every path returns; this end is dead code
        }
        mc.names.close(0);
        mc.mv.visitMaxs(0, 0);
        mc.mv.visitEnd();
    }
}
