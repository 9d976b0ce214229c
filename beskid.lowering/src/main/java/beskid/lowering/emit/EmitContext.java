package beskid.lowering.emit;

import java.util.SortedMap;
import java.util.TreeMap;

/** What all classes of one artifact share: the type mapping, the runtime imports, the class model, the output. */
final class EmitContext {
    final JvmTypes jvm;
    final RuntimeCalls runtime = new RuntimeCalls();
    final ClassModel model = new ClassModel();
    final SortedMap<String, byte[]> classes = new TreeMap<>();

    /** Wrappers that adapt a function value to another erased shape, keeping its identity. */
    final FunctionAdapters adapters;

    /** False when the classes are written only to find the JVM's limits (for {@code check}). */
    final boolean frames;

    EmitContext(String mainModuleInternalName, boolean frames) {
        this.jvm = new JvmTypes(mainModuleInternalName);
        this.frames = frames;
        this.adapters = new FunctionAdapters(this, mainModuleInternalName);
    }

    /** Stores a finished class (written without frames) under its binary name, with its frames. */
    void add(String internalName, byte[] bytes) {
        classes.put(internalName.replace('/', '.'), frames ? model.withFrames(bytes) : bytes);
    }
}
