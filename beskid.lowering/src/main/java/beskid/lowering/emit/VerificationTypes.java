package beskid.lowering.emit;

import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The JVM verifier's types in the form ASM's {@code visitFrame} takes: {@link Opcodes#INTEGER},
 * {@link Opcodes#LONG}, {@link Opcodes#FLOAT}, {@link Opcodes#DOUBLE}, {@link Opcodes#NULL},
 * {@link Opcodes#TOP}, an internal class name or array descriptor for a reference, and the
 * {@link Label} of its {@code NEW} for an object not yet initialised.
 */
final class VerificationTypes {
    private VerificationTypes() {}

    /** The type of a value of a field or method descriptor ({@code null} for {@code V}). */
    static Object of(String desc) {
        return of(desc, 0, desc.length());
    }

    /** The type of the descriptor {@code desc[from, to)}. */
    static Object of(String desc, int from, int to) {
        return switch (desc.charAt(from)) {
            case 'Z', 'B', 'C', 'S', 'I' -> Opcodes.INTEGER;
            case 'J' -> Opcodes.LONG;
            case 'F' -> Opcodes.FLOAT;
            case 'D' -> Opcodes.DOUBLE;
            case 'V' -> null;
            case 'L' -> desc.substring(from + 1, to - 1);
            default -> desc.substring(from, to); // an array keeps its descriptor
        };
    }

    /** Stack or local slots a value of this type takes. */
    static int size(Object type) {
        return type == Opcodes.LONG || type == Opcodes.DOUBLE ? 2 : 1;
    }

    /** The element type of an array type (null stays null: the access will throw). */
    static Object element(Object array) {
        if (array instanceof String s && s.startsWith("[")) {
            return of(s, 1, s.length());
        }
        return array == Opcodes.NULL ? Opcodes.NULL : JvmTypes.OBJECT;
    }

    /**
     * The type both a and b are (where two paths meet): the same type, a reference for null
     * and a reference, the common superclass of two classes, otherwise {@link Opcodes#TOP}.
     */
    static Object merge(Object a, Object b, ClassModel model) {
        if (a == null || b == null) {
            return Opcodes.TOP;
        }
        if (a.equals(b)) {
            return a;
        }
        boolean refA = isReference(a);
        boolean refB = isReference(b);
        if (refA && b == Opcodes.NULL) {
            return a;
        }
        if (refB && a == Opcodes.NULL) {
            return b;
        }
        if (refA && refB) {
            String x = (String) a;
            String y = (String) b;
            return x.startsWith("[") || y.startsWith("[") ? JvmTypes.OBJECT : model.commonSuperclass(x, y);
        }
        return Opcodes.TOP;
    }

    private static boolean isReference(Object type) {
        return type instanceof String;
    }
}
