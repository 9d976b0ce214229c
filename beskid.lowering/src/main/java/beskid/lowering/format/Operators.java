package beskid.lowering.format;

import beskid.lowering.ast.AssignOp;
import beskid.lowering.ast.BinaryOp;

/** How operators are spelled. */
final class Operators {
    private Operators() {}

    static String binary(BinaryOp op) {
        return switch (op) {
            case OR -> "||";
            case AND -> "&&";
            case EQ -> "==";
            case NE -> "!=";
            case ID_EQ -> "===";
            case ID_NE -> "!==";
            case LT -> "<";
            case LE -> "<=";
            case GT -> ">";
            case GE -> ">=";
            case ADD -> "+";
            case SUB -> "-";
            case MUL -> "*";
            case DIV -> "/";
            case REM -> "%";
        };
    }

    static String assign(AssignOp op) {
        return switch (op) {
            case ASSIGN -> "=";
            case ADD_ASSIGN -> "+=";
            case SUB_ASSIGN -> "-=";
        };
    }
}
