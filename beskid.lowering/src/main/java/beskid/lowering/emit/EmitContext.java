package beskid.lowering.emit;

import java.util.SortedMap;
import java.util.TreeMap;

/** What all classes of one artifact share: the type mapping, the runtime imports, the class model, the output. */
final class EmitContext {
    final JvmTypes jvm;
    final RuntimeCalls runtime = new RuntimeCalls();
    final ClassModel model = new ClassModel();
    final SortedMap<String, byte[]> classes = new TreeMap<>();

    EmitContext(String mainModuleInternalName) {
        this.jvm = new JvmTypes(mainModuleInternalName);
    }

    /** Stores a finished class (written without frames) under its binary name, with its frames. */
    void add(String internalName, byte[] bytes) {
        classes.put(internalName.replace('/', '.'), model.withFrames(bytes));
    }
}
