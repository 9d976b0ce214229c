package beskid.lowering.emit;

import beskid.lowering.sema.ModuleSymbol;
import java.util.SortedMap;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;

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

    /** The path of the program's entry file, as given (null: no source map). */
    private final String sourcePath;

    EmitContext(String mainModuleInternalName, boolean frames, String sourcePath) {
        this.jvm = new JvmTypes(mainModuleInternalName);
        this.frames = frames;
        this.sourcePath = sourcePath;
        this.adapters = new FunctionAdapters(this, mainModuleInternalName);
    }

    /**
     * Names a class's source: the file name (SourceFile, for stack traces) and, for the program's
     * own classes, a source map with the file's path (for debuggers). Std classes get no map.
     */
    void source(ClassWriter cw, String internalName, ModuleSymbol module) {
        String file = module.sourceName();
        boolean own = !module.isStd() && sourcePath != null;
        // a module file's name is its path relative to the entry file's folder (geo/shapes.bd)
        String path = own ? folderOf(sourcePath) + file : null;
        cw.visitSource(file, own ? SourceMap.of(internalName, file.substring(file.lastIndexOf('/') + 1), path) : null);
    }

    /** The folder part of a path, with its separator ({@code src/demo/} of {@code src/demo/Main.bd}). */
    private static String folderOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(0, slash + 1);
    }

    /** Stores a finished class whose methods carry their own frames (see StackTracker). */
    void addFramed(String internalName, byte[] bytes) {
        classes.put(internalName.replace('/', '.'), bytes);
    }

    /** Stores a finished class (written without frames) under its binary name, with its frames. */
    void add(String internalName, byte[] bytes) {
        classes.put(internalName.replace('/', '.'), frames ? model.withFrames(bytes) : bytes);
    }
}
