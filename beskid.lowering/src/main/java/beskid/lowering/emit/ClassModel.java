package beskid.lowering.emit;

import java.util.HashMap;
import java.util.Map;
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

    /** A class writer computing frames against this model. */
    ClassWriter newWriter() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                for (String x = a; x != null; x = superOf(x)) {
                    for (String y = b; y != null; y = superOf(y)) {
                        if (x.equals(y)) {
                            return x;
                        }
                    }
                }
                return JvmTypes.OBJECT;
            }
        };
    }
}
