package beskid.lowering.emit;

import beskid.abi.RuntimeSymbol;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.ContinueStmt;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.WhileStmt;
import beskid.lowering.sema.InternalErrors;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Emits statements; each starts a line-number entry so panics name the statement's line. */
final class StatementEmitter {
    private final MethodContext mc;
    private final MethodVisitor mv;

    StatementEmitter(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
    }

    void block(Block b) {
        int scope = mc.names.mark();
        for (Stmt s : b.statements()) {
            statement(s);
            if (jumpsAway(s)) {
                break; // what follows is unreachable (and may use locals that never got a value)
            }
        }
        mc.names.close(scope); // the block's locals go out of sight here
    }

    /** True for statements after which control never falls through. */
    private boolean jumpsAway(Stmt s) {
        if (s instanceof ReturnStmt || s instanceof BreakStmt || s instanceof ContinueStmt) {
            return true;
        }
        if (s instanceof ExprStmt e) {
            return mc.exprs.finalType(e.expr()) == Prim.NEVER;
        }
        return s instanceof LocalDecl d && mc.exprs.finalType(d.init()) == Prim.NEVER;
    }

    void statement(Stmt s) {
        InternalErrors.at(s.pos());
        mc.statementLine(s.pos());
        if (s instanceof LocalDecl d) {
            LocalVar v = mc.ann.local(d);
            mc.exprs.emit(d.init());
            if (mc.exprs.finalType(d.init()) == Prim.NEVER) {
                return; // the block stops here
            }
            mc.declare(v, false);
            mc.storeNew(v);
        } else if (s instanceof ExprStmt e) {
            mc.exprs.emit(e.expr());
            mc.values.drop(mc.exprs.finalType(e.expr()));
        } else if (s instanceof IfStmt i) {
            ifStatement(i);
        } else if (s instanceof WhileStmt w) {
            whileLoop(w);
        } else if (s instanceof ForStmt f) {
            forRange(f);
        } else if (s instanceof BreakStmt) {
            leaveExpression(s);
            mv.visitJumpInsn(Opcodes.GOTO, mc.loops.peek().breakLabel());
        } else if (s instanceof ContinueStmt) {
            leaveExpression(s);
            mv.visitJumpInsn(Opcodes.GOTO, mc.loops.peek().continueLabel());
        } else if (s instanceof ReturnStmt r) {
            ret(r);
        } else if (s instanceof BlockStmt b) {
            block(b.block());
        } else {
            throw new IllegalStateException("cannot emit " + s.getClass().getSimpleName());
        }
    }

    /**
     * A break or continue inside a block expression may leave operands of an enclosing
     * expression on the stack: drop them so the loop's labels see the stack of its start.
     */
    private void leaveExpression(Stmt jump) {
        if (!mc.ann.isNestedJump(jump)) {
            return;
        }
        for (int size : mc.tracker.above(mc.loops.peek().stack())) {
            mv.visitInsn(size == 2 ? Opcodes.POP2 : Opcodes.POP);
        }
    }

    private void ifStatement(IfStmt i) {
        Label otherwise = new Label();
        Label end = new Label();
        mc.exprs.operators.jumpIfFalse(i.condition(), otherwise);
        block(i.then());
        if (i.otherwise() != null) {
            mv.visitJumpInsn(Opcodes.GOTO, end);
        }
        mv.visitLabel(otherwise);
        if (i.otherwise() != null) {
            statement(i.otherwise());
        }
        mv.visitLabel(end);
    }

    private void whileLoop(WhileStmt w) {
        int[] stack = mc.tracker.snapshot();
        Label top = new Label();
        Label exit = new Label();
        mv.visitLabel(top);
        mc.statementLine(w.pos());
        mc.runtime.call(mv, RuntimeSymbol.run_checkpoint); // a cancelled run stops here
        mc.exprs.operators.jumpIfFalse(w.condition(), exit);
        mc.loops.push(new MethodContext.Loop(top, exit, stack));
        block(w.body());
        mc.loops.pop();
        mv.visitJumpInsn(Opcodes.GOTO, top);
        mv.visitLabel(exit);
    }

    /** {@code for i in range(a, b)}: a and b evaluated once, in order; i runs a..b-1. */
    private void forRange(ForStmt f) {
        int[] stack = mc.tracker.snapshot();
        LocalVar v = mc.ann.local(f);
        Type t = v.type();
        boolean wide = t == Prim.I64;
        String desc = mc.jvm.desc(t);
        mc.exprs.emit(f.start());
        mc.declare(v, false);
        mc.storeNew(v);
        // A literal bound is pushed at each test, as javac pushes a constant: C2 knows its value
        // then, even in a loop compiled on stack replacement, which reads a temp's value from
        // the interpreter's frame (a temp cost 5% on nested counted loops).
        boolean literalEnd = f.end() instanceof IntLit;
        int end = -1;
        if (!literalEnd) {
            mc.exprs.emit(f.end());
            end = mc.temp(desc);
            mv.visitVarInsn(JvmTypes.storeOpcode(desc), end);
        }
        Label top = new Label();
        Label next = new Label();
        Label exit = new Label();
        mv.visitLabel(top);
        mc.runtime.call(mv, RuntimeSymbol.run_checkpoint); // a cancelled run stops here
        mc.load(v);
        if (literalEnd) {
            mc.exprs.emit(f.end());
        } else {
            mv.visitVarInsn(JvmTypes.loadOpcode(desc), end);
        }
        if (wide) {
            mv.visitInsn(Opcodes.LCMP);
            mv.visitJumpInsn(Opcodes.IFGE, exit);
        } else {
            mv.visitJumpInsn(Opcodes.IF_ICMPGE, exit);
        }
        mc.loops.push(new MethodContext.Loop(next, exit, stack));
        block(f.body());
        mc.loops.pop();
        mv.visitLabel(next);
        mc.statementLine(f.pos()); // the step to the next element belongs to the for line
        if (wide) {
            mc.load(v);
            mv.visitInsn(Opcodes.LCONST_1);
            mv.visitInsn(Opcodes.LADD);
            mc.store(v);
        } else {
            mv.visitIincInsn(mc.slot(v), 1); // i < b <= max, so i + 1 cannot overflow
        }
        mv.visitJumpInsn(Opcodes.GOTO, top);
        mv.visitLabel(exit);
    }

    private void ret(ReturnStmt r) {
        String desc = mc.jvm.desc(mc.result);
        if (r.value() != null) {
            mc.exprs.emit(r.value());
            if (mc.exprs.finalType(r.value()) == Prim.NEVER) {
                return;
            }
            if (desc.equals("V")) {
                mc.values.drop(mc.exprs.finalType(r.value()));
            }
        }
        mv.visitInsn(JvmTypes.returnOpcode(desc));
    }
}
