package beskid.lowering.sema;

import beskid.lowering.ast.SourcePos;

/**
 * A local variable, parameter, loop variable, pattern binding or {@code this}. Identity
 * matters: the emitter gives each one its own slot. {@code function} is the function or
 * lambda body it belongs to, used to find captures.
 */
public final class LocalVar {
    private final String name;
    private final Type type;
    private final boolean mutable;
    private final SourcePos pos;
    private final Object function;
    private final boolean refCell;

    /**
     * @param name the name
     * @param type its type
     * @param mutable whether it may be reassigned
     * @param pos where it is declared
     * @param function the FunctionDecl or LambdaExpr (or TestDecl) whose frame holds it
     * @param refCell whether it is a ref/out parameter held in a one-element cell
     */
    public LocalVar(String name, Type type, boolean mutable, SourcePos pos, Object function, boolean refCell) {
        this.name = name;
        this.type = type;
        this.mutable = mutable;
        this.pos = pos;
        this.function = function;
        this.refCell = refCell;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public boolean mutable() {
        return mutable;
    }

    public SourcePos pos() {
        return pos;
    }

    public Object function() {
        return function;
    }

    public boolean refCell() {
        return refCell;
    }

    @Override
    public String toString() {
        return name + ": " + type.display();
    }
}
