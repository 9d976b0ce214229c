package beskid.lowering.emit;

import beskid.abi.RuntimeSymbol;
import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.AssignOp;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.CharLit;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.FloatLit;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.FieldSymbol;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.LocalVar;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.Resolved;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.TryInfo;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.Types;
import beskid.lowering.sema.VariantSymbol;
import java.math.BigInteger;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits expressions: each leaves its value (none for unit) on the operand stack, then applies
 * the conversion the checker recorded for it. Operators are in {@link OperatorEmitter}.
 */
final class ExpressionEmitter {
    private final MethodContext mc;
    private final MethodVisitor mv;
    final OperatorEmitter operators;

    ExpressionEmitter(MethodContext mc) {
        this.mc = mc;
        this.mv = mc.mv;
        this.operators = new OperatorEmitter(mc);
    }

    /** Emits e and converts its value to what its context expects. */
    void emit(Expr e) {
        Annotations.Note note = mc.ann.noteOf(e); // one lookup for all three facts
        Type t = note.type();
        BigInteger c = note.constant();
        if (c != null && (Types.isInteger(t) || t == Prim.F64)) {
            constant(note, t);
        } else {
            raw(e, t);
        }
        Type conv = note.conversion();
        if (conv != null) {
            mc.values.convert(t, conv);
        }
    }

    /** Whether e is emitted as its folded constant (as {@link #emit} does). */
    boolean isConstant(Expr e) {
        Annotations.Note note = mc.ann.noteOf(e);
        Type t = note.type();
        return note.constant() != null && (Types.isInteger(t) || t == Prim.F64);
    }

    /** Applies the conversion recorded for e to its value (of type t) on the stack. */
    void convertAfter(Expr e, Type t) {
        Type conv = mc.ann.noteOf(e).conversion();
        if (conv != null) {
            mc.values.convert(t, conv);
        }
    }

    /** The type of e's value after its conversion. */
    Type finalType(Expr e) {
        Annotations.Note note = mc.ann.noteOf(e);
        Type conv = note.conversion();
        return conv != null ? conv : note.type();
    }

    private void constant(Annotations.Note c, Type t) {
        if (t == Prim.I64) {
            mc.pushLong(c.longConstant());
        } else if (t == Prim.F64) {
            mv.visitLdcInsn(c.constant().doubleValue());
        } else {
            mc.pushInt((int) c.longConstant()); // the low 32 bits, as BigInteger.intValue
        }
    }

    private void raw(Expr e, Type t) {
        if (e instanceof FloatLit f) {
            mv.visitLdcInsn(f.value());
        } else if (e instanceof CharLit c) {
            mc.pushInt(c.codePoint());
        } else if (e instanceof BoolLit b) {
            mv.visitInsn(b.value() ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        } else if (e instanceof StringLit s) {
            string(s);
        } else if (e instanceof NameExpr || e instanceof MemberExpr) {
            reference(e, t);
        } else if (e instanceof CallExpr c) {
            mc.calls.call(c, t);
        } else if (e instanceof EnumCtorExpr c) {
            enumConstructor(c, (EnumType) t);
        } else if (e instanceof StructLit s) {
            structLiteral(s);
        } else if (e instanceof UnaryExpr u) {
            unary(u, t);
        } else if (e instanceof BinaryExpr b) {
            operators.binary(b, t);
        } else if (e instanceof AssignExpr a) {
            assign(a);
        } else if (e instanceof TryExpr x) {
            tryOperator(x);
        } else if (e instanceof LambdaExpr l) {
            mc.closures.lambda(l);
        } else if (e instanceof MatchExpr m) {
            mc.matches.match(m, t);
        } else if (e instanceof BlockExpr b) {
            mc.stmts.block(b.block());
        } else {
            throw new IllegalStateException("cannot emit " + e.getClass().getSimpleName() + " of type " + t.display());
        }
    }

    private void string(StringLit s) {
        int texts = 0;
        int values = 0;
        int parts = 0;
        for (StringPart p : s.parts()) {
            if (p instanceof StringPart.Text text) {
                texts += text.text().length();
                parts += text.text().isEmpty() ? 0 : 1;
            } else {
                values++;
                parts++;
            }
        }
        if (parts > 1 && StringConcat.fits(texts, values)) {
            concatenated(s);
        } else {
            pairwise(s);
        }
    }

    /** Texts and values in one concatenation site. */
    private void concatenated(StringLit s) {
        StringConcat concat = new StringConcat();
        for (StringPart p : s.parts()) {
            if (p instanceof StringPart.Text text) {
                if (!text.text().isEmpty()) {
                    concat.text(text.text());
                }
                continue;
            }
            Expr x = ((StringPart.Interpolation) p).expr();
            emit(x);
            Type t = finalType(x);
            if (t == Prim.CHAR || t == Prim.NEVER) {
                toText(t);
                concat.value(JvmTypes.STRING_DESC);
            } else {
                concat.value(mc.jvm.desc(t)); // I (i32, u8), J, Z or a string
            }
        }
        concat.emit(mv);
    }

    /** Each part joined to the text so far: for texts too long for one site's recipe. */
    private void pairwise(StringLit s) {
        boolean first = true;
        for (StringPart p : s.parts()) {
            if (p instanceof StringPart.Text text) {
                if (text.text().isEmpty()) {
                    continue;
                }
                mc.pushString(text.text());
            } else {
                Expr x = ((StringPart.Interpolation) p).expr();
                emit(x);
                toText(finalType(x));
            }
            if (!first) {
                mc.runtime.call(mv, RuntimeSymbol.str_concat);
            }
            first = false;
        }
        if (first) {
            mv.visitLdcInsn("");
        }
    }

    /** Turns a value on the stack into its interpolation text. */
    private void toText(Type t) {
        if (t == Prim.I32 || t == Prim.U8) {
            mv.visitInsn(Opcodes.I2L);
            mc.runtime.call(mv, RuntimeSymbol.str_from_i64);
        } else if (t == Prim.I64) {
            mc.runtime.call(mv, RuntimeSymbol.str_from_i64);
        } else if (t == Prim.BOOL) {
            mc.runtime.call(mv, RuntimeSymbol.str_from_bool);
        } else if (t == Prim.CHAR) {
            mc.runtime.call(mv, RuntimeSymbol.str_from_char);
        } else if (t == Prim.NEVER) {
            mv.visitInsn(Opcodes.ACONST_NULL); // unreachable, keeps the stack shape
        }
    }

    private void reference(Expr e, Type t) {
        Resolved r = mc.ann.resolution(e);
        if (r instanceof Resolved.LocalRef l) {
            mc.load(l.var());
        } else if (r instanceof Resolved.FunctionRef f) {
            mc.closures.functionValue(f.function(), (FnType) t);
        } else if (r instanceof Resolved.FieldRef f) {
            emit(((MemberExpr) e).target());
            getField(f.owner().internalName(), f.field());
            mc.values.fromErased(f.field().type(), t);
        } else if (r instanceof Resolved.MethodRef m) {
            emit(((MemberExpr) e).target());
            mc.closures.methodValue(m.method(), (FnType) t);
        } else {
            throw new IllegalStateException("unresolved name at " + e.pos());
        }
    }

    private void getField(String owner, FieldSymbol f) {
        mv.visitFieldInsn(Opcodes.GETFIELD, owner, f.name(), mc.jvm.desc(f.type()));
    }

    private void enumConstructor(EnumCtorExpr c, EnumType t) {
        VariantSymbol v = mc.ann.variant(c);
        String cls = v.internalName();
        if (v.fields().isEmpty()) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, cls, EnumEmitter.INSTANCE, "L" + cls + ";");
            return;
        }
        mv.visitTypeInsn(Opcodes.NEW, cls);
        mv.visitInsn(Opcodes.DUP);
        var bindings = Types.bind(t.symbol().typeParams(), t.args());
        StringBuilder desc = new StringBuilder("(");
        for (int i = 0; i < c.args().size(); i++) {
            FieldSymbol f = v.fields().get(i);
            emit(c.args().get(i));
            mc.values.toErased(Types.substitute(f.type(), bindings), f.type());
            desc.append(mc.jvm.desc(f.type()));
        }
        mc.line(c.pos());
        mv.visitMethodInsn(
                Opcodes.INVOKESPECIAL, cls, "<init>", desc.append(")V").toString(), false);
    }

    private void structLiteral(StructLit s) {
        StructType t = mc.ann.struct(s);
        String cls = t.symbol().internalName();
        mv.visitTypeInsn(Opcodes.NEW, cls);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, cls, "<init>", "()V", false);
        var bindings = Types.bind(t.symbol().typeParams(), t.args());
        // fields in source order: that is the evaluation order the language fixes
        for (FieldInit init : s.fields()) {
            FieldSymbol f = t.symbol().fields().get(init.name());
            mv.visitInsn(Opcodes.DUP);
            emit(init.value());
            mc.values.toErased(Types.substitute(f.type(), bindings), f.type());
            mv.visitFieldInsn(Opcodes.PUTFIELD, cls, f.name(), mc.jvm.desc(f.type()));
        }
    }

    private void unary(UnaryExpr u, Type t) {
        emit(u.operand());
        if (u.op() == UnaryOp.NOT) {
            mv.visitInsn(Opcodes.ICONST_1);
            mv.visitInsn(Opcodes.IXOR);
        } else if (t == Prim.I64) {
            mv.visitInsn(Opcodes.LNEG);
        } else if (t == Prim.F64) {
            mv.visitInsn(Opcodes.DNEG);
        } else {
            mv.visitInsn(Opcodes.INEG);
            if (t == Prim.U8) {
                mc.values.maskU8();
            }
        }
    }

    private void assign(AssignExpr a) {
        Expr target = a.target();
        Resolved r = mc.ann.resolution(target);
        if (r instanceof Resolved.LocalRef l) {
            assignLocal(a, l.var());
        } else if (r instanceof Resolved.FieldRef f) {
            MemberExpr m = (MemberExpr) target;
            Type slot = mc.ann.type(m);
            emit(m.target());
            if (a.op() != AssignOp.ASSIGN) {
                mv.visitInsn(Opcodes.DUP);
                getField(f.owner().internalName(), f.field());
                mc.values.fromErased(f.field().type(), slot);
            }
            emit(a.value());
            if (a.op() != AssignOp.ASSIGN) {
                operators.compound(a.op(), slot, a.pos());
            }
            mc.values.toErased(slot, f.field().type());
            mv.visitFieldInsn(
                    Opcodes.PUTFIELD,
                    f.owner().internalName(),
                    f.field().name(),
                    mc.jvm.desc(f.field().type()));
        } else if (r instanceof Resolved.EventRef ev) {
            MemberExpr m = (MemberExpr) target;
            emit(m.target());
            mv.visitFieldInsn(
                    Opcodes.GETFIELD, ev.owner().internalName(), ev.event().name(), JvmTypes.OBJECT_DESC);
            emit(a.value());
            mc.line(a.pos());
            mc.runtime.call(
                    mv,
                    a.op() == AssignOp.SUB_ASSIGN
                            ? RuntimeSymbol.event_unsubscribe_first
                            : RuntimeSymbol.event_subscribe);
        } else {
            throw new IllegalStateException("unresolved assignment target at " + a.pos());
        }
    }

    private void assignLocal(AssignExpr a, LocalVar v) {
        boolean cell = mc.isCell(v);
        if (cell) {
            mv.visitVarInsn(Opcodes.ALOAD, mc.slot(v));
            mv.visitInsn(Opcodes.ICONST_0);
        }
        if (a.op() != AssignOp.ASSIGN) {
            mc.load(v);
        }
        emit(a.value());
        if (a.op() != AssignOp.ASSIGN) {
            operators.compound(a.op(), v.type(), a.pos());
        }
        if (cell) {
            mc.values.toObject(v.type());
            mv.visitInsn(Opcodes.AASTORE);
        } else {
            mc.store(v);
        }
    }

    private void tryOperator(TryExpr x) {
        TryInfo info = mc.ann.tryInfo(x);
        String base = info.enumType().symbol().internalName();
        String success = info.success().internalName();
        emit(x.operand());
        int temp = mc.temp(JvmTypes.OBJECT_DESC);
        mv.visitVarInsn(Opcodes.ASTORE, temp);
        Label failed = new Label();
        Label done = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, temp);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, success);
        mv.visitJumpInsn(Opcodes.IFEQ, failed);
        mv.visitVarInsn(Opcodes.ALOAD, temp);
        mv.visitTypeInsn(Opcodes.CHECKCAST, success);
        FieldSymbol value = info.success().fields().get(0);
        mv.visitFieldInsn(Opcodes.GETFIELD, success, value.name(), mc.jvm.desc(value.type()));
        mc.values.fromErased(value.type(), info.valueType());
        mv.visitJumpInsn(Opcodes.GOTO, done);
        mv.visitLabel(failed);
        mc.line(x.pos());
        mv.visitVarInsn(Opcodes.ALOAD, temp);
        if (info.propagate()) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, base);
            mv.visitInsn(Opcodes.ARETURN);
        } else {
            mv.visitTypeInsn(Opcodes.CHECKCAST, base);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, base, EnumEmitter.TRY_MESSAGE, "()Ljava/lang/String;", false);
            mc.runtime.call(mv, RuntimeSymbol.panic_str);
            mc.unreachable();
        }
        mv.visitLabel(done);
    }

    /** Emits the arguments of a call for declared parameter types (generic ones boxed). */
    void arguments(List<Expr> args, List<Type> actual, List<Type> declared) {
        for (int i = 0; i < args.size(); i++) {
            emit(args.get(i));
            mc.values.toErased(actual.get(i), declared.get(i));
        }
    }
}
