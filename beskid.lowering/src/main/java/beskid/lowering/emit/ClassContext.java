package beskid.lowering.emit;

import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.sema.Annotations;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.FunctionSymbol;
import beskid.lowering.sema.LambdaInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import org.objectweb.asm.ClassWriter;

/**
 * One class being written. Lambda bodies become private static methods of the class they
 * appear in; they are queued and written after the method that creates them, in creation
 * order, so the names {@code lambda$0, lambda$1...} are deterministic.
 */
final class ClassContext {
    /**
     * A lambda whose synthetic method is still to be written; {@code as}, when not null, is the
     * function type it is made for directly, through a bridge method {@code <name>$as}.
     */
    record PendingLambda(String name, LambdaExpr expr, LambdaInfo info, FnType as) {}

    /** A module function made in another shape, whose bridge method is still to be written. */
    record PendingBridge(String name, FunctionSymbol function, FnType as, boolean bound) {}

    final EmitContext emit;
    final String internalName;
    final ClassWriter cw;
    final Annotations ann;
    /**
     * Whether the class's methods carry the frames their {@link StackTracker} writes (every
     * method of the class is written through a {@link MethodContext}); otherwise ASM computes
     * them once the class is written.
     */
    final boolean ownFrames;

    private final Deque<PendingLambda> pending = new ArrayDeque<>();
    private final Deque<PendingBridge> bridges = new ArrayDeque<>();
    private int lambdas;
    private int functionBridges;

    ClassContext(EmitContext emit, String internalName, ClassWriter cw, Annotations ann) {
        this(emit, internalName, cw, ann, false);
    }

    ClassContext(EmitContext emit, String internalName, ClassWriter cw, Annotations ann, boolean ownFrames) {
        this.ownFrames = ownFrames;
        this.emit = emit;
        this.internalName = internalName;
        this.cw = cw;
        this.ann = ann;
    }

    String queueLambda(LambdaExpr expr, LambdaInfo info) {
        return queueLambda(expr, info, null);
    }

    String queueLambda(LambdaExpr expr, LambdaInfo info, FnType as) {
        String name = "lambda$" + lambdas++;
        pending.add(new PendingLambda(name, expr, info, as));
        return name;
    }

    /** A bridge to {@code function} in the shape {@code as}; a bound one takes its receiver first. */
    String queueBridge(FunctionSymbol function, FnType as, boolean bound) {
        String name = "fn$" + functionBridges++ + "$as";
        bridges.add(new PendingBridge(name, function, as, bound));
        return name;
    }

    /** Writes the queued lambda methods (and those their bodies create) and function bridges. */
    void drainLambdas() {
        while (!pending.isEmpty() || !bridges.isEmpty()) {
            if (!pending.isEmpty()) {
                new ClosureEmitter.LambdaBodyWriter(this).write(pending.poll());
            } else {
                ClosureEmitter.writeFunctionBridge(this, bridges.poll());
            }
        }
    }
}
