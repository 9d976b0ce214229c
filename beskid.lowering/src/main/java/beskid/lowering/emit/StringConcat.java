package beskid.lowering.emit;

import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * One string built from constant texts and values in a single pass, as javac compiles string
 * concatenation: an {@code invokedynamic} on {@code StringConcatFactory.makeConcatWithConstants}
 * whose recipe holds the texts. It sizes the result once, so interpolation costs the bytes it
 * writes instead of one copy of the growing prefix per part. The JDK formats {@code int}/{@code
 * long} in decimal and {@code boolean} as {@code true}/{@code false}, as the runtime's
 * {@code str_from_*} symbols do; a char is turned into its text first.
 */
final class StringConcat {
    /** The JDK's limit on the argument slots of one concatenation (a long takes two). */
    private static final int MAX_SLOTS = 200;

    /** Recipe texts in chars: at 3 bytes each, always inside one class-file constant. */
    private static final int MAX_TEXT = 16_000;

    private static final Handle FACTORY = new Handle(
            Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/StringConcatFactory",
            "makeConcatWithConstants",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;",
            false);

    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    private final StringBuilder recipe = new StringBuilder();
    private final StringBuilder descriptor = new StringBuilder("(");
    private final java.util.List<Object> constants = new java.util.ArrayList<>();

    /**
     * Whether {@code texts} chars of constant text and {@code values} values fit one site;
     * otherwise the caller concatenates pairwise.
     */
    static boolean fits(int texts, int values) {
        return texts <= MAX_TEXT && 2 * values <= MAX_SLOTS;
    }

    /** Appends a constant text (the markers the recipe reserves are passed as constants). */
    void text(String text) {
        if (text.indexOf(ARGUMENT) >= 0 || text.indexOf(CONSTANT) >= 0) {
            recipe.append(CONSTANT);
            constants.add(text);
        } else {
            recipe.append(text);
        }
    }

    /** Appends the value just pushed, of JVM descriptor {@code desc} (I, J, Z or a String). */
    void value(String desc) {
        recipe.append(ARGUMENT);
        descriptor.append(desc);
    }

    /** Emits the site: the values on the stack become the string. */
    void emit(MethodVisitor mv) {
        Object[] args = new Object[1 + constants.size()];
        args[0] = recipe.toString();
        for (int i = 0; i < constants.size(); i++) {
            args[i + 1] = constants.get(i);
        }
        mv.visitInvokeDynamicInsn("makeConcatWithConstants", descriptor + ")" + JvmTypes.STRING_DESC, FACTORY, args);
    }
}
