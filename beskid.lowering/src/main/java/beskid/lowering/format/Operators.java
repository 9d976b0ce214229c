package beskid.lowering.format;

import beskid.lowering.ast.AssignOp;

/** How assignment operators are spelled (binary operators spell themselves: {@code BinaryOp.symbol}). */
final class Operators {
    private Operators() {}

    static String assign(AssignOp op) {
        return switch (op) {
            case ASSIGN -> "=";
            case ADD_ASSIGN -> "+=";
            case SUB_ASSIGN -> "-=";
        };
    }
}
