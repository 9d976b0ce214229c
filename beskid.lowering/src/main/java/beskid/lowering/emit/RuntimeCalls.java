package beskid.lowering.emit;

import beskid.abi.Abi;
import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import beskid.lowering.api.SymbolImport;
import java.util.SortedSet;
import java.util.TreeSet;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Every call into the runtime: an {@code invokedynamic} named by the ABI symbol, bootstrapped
 * by {@code beskid.abi.Linkage}. Records each symbol and interop tag used, which become the
 * artifact's import table and tag list.
 */
final class RuntimeCalls {
    private static final Handle BOOTSTRAP = new Handle(
            Opcodes.H_INVOKESTATIC, Abi.LINKAGE_INTERNAL_NAME, Abi.BOOTSTRAP_NAME, Abi.BOOTSTRAP_DESCRIPTOR, false);

    private final SortedSet<SymbolImport> imports = new TreeSet<>();
    private final SortedSet<Integer> tags = new TreeSet<>();

    /** Calls a symbol with its ABI descriptor. */
    void call(MethodVisitor mv, RuntimeSymbol symbol) {
        mv.visitInvokeDynamicInsn(symbol.name(), symbol.descriptor(), BOOTSTRAP);
        synchronized (this) { // the classes of a large module are written side by side
            imports.add(new SymbolImport(symbol.name(), symbol.signature()));
        }
    }

    /** Calls an interop function through its return group's dispatch symbol, the tag id as bootstrap argument. */
    void interop(MethodVisitor mv, InteropTag tag) {
        RuntimeSymbol dispatch = tag.group().dispatchSymbol();
        mv.visitInvokeDynamicInsn(dispatch.name(), tag.descriptor(), BOOTSTRAP, Integer.valueOf(tag.id()));
        synchronized (this) {
            imports.add(new SymbolImport(dispatch.name(), dispatch.signature()));
            tags.add(tag.id());
        }
    }

    SortedSet<SymbolImport> imports() {
        return imports;
    }

    SortedSet<Integer> tags() {
        return tags;
    }
}
