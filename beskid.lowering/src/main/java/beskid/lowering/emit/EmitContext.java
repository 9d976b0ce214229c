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

    /** The path of the program's source file (null: no source map). */
    private final String sourcePath;

    EmitContext(String mainModuleInternalName, String sourcePath) {
        this.jvm = new JvmTypes(mainModuleInternalName);
        this.sourcePath = sourcePath;
    }

    /**
     * Names a class's source: the file name (SourceFile, for stack traces) and, for the program's
     * own classes, a source map with the file's path (for debuggers). Std classes get no map.
     */
    void source(ClassWriter cw, String internalName, ModuleSymbol module) {
        String file = module.sourceName();
        boolean own = !module.isStd() && sourcePath != null;
        cw.visitSource(file, own ? SourceMap.of(internalName, file, sourcePath) : null);
    }

    /** Stores a finished class under its binary name. */
    void add(String internalName, byte[] bytes) {
        classes.put(internalName.replace('/', '.'), bytes);
    }
}
