package beskid.lowering.emit;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;

/**
 * The superclasses of every class the artifact generates, so frame computation can merge
 * types without loading any class (generated classes do not exist yet, and loading others
 * would tie lowering to a class loader).
 */
final class ClassModel {
    private final Map<String, String> superclasses = new HashMap<>();

    void declare(String internalName, String superName) {
        superclasses.put(internalName, superName);
    }

    /** The superclass of a known class, Object for anything else (interfaces, JDK classes). */
    String superOf(String internalName) {
        if (internalName.equals(JvmTypes.OBJECT)) {
            return null;
        }
        return superclasses.getOrDefault(internalName, JvmTypes.OBJECT);
    }

    /** The nearest class both a and b extend (Object when the model knows no closer one). */
    String commonSuperclass(String a, String b) {
        for (String x = a; x != null; x = superOf(x)) {
            for (String y = b; y != null; y = superOf(y)) {
                if (x.equals(y)) {
                    return x;
                }
            }
        }
        return JvmTypes.OBJECT;
    }

    /**
     * A class writer for the emitters: it computes nothing (no frames, no maximum stack and
     * locals); {@link #withFrames} computes all of them once the class is written.
     */
    ClassWriter newWriter() {
        return new ClassWriter(0);
    }

    /**
     * The class again, with stack map frames computed against this model. Why a second pass:
     * ASM's frame computation makes every label a basic block and keeps a frame of all locals
     * per block, so a method with a line-number label per statement costs statements times
     * locals (a function with 40,000 locals ran out of memory). Read back from the class
     * file, labels used only by debug information are not blocks, and the cost is linear.
     */
    byte[] withFrames(byte[] withoutFrames) {
        ClassReader reader = new ClassReader(withoutFrames);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return commonSuperclass(a, b);
            }
        };
        reader.accept(writer, 0);
        return writer.toByteArray();
    }
}
