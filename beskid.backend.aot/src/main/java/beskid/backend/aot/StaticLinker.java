package beskid.backend.aot;

import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The executable's link step: an executable embeds its runtime, so each runtime call site
 * ({@code invokedynamic} bootstrapped by {@code beskid.abi.Linkage}) can be bound at build time
 * to the implementation the embedded runtime's {@code RuntimeSymbolProvider} would bind it to,
 * as a plain {@code invokestatic}. The exe then links no call site at start (each costs the JVM
 * method-handle spinning). A site is bound only when that implementation is a public static
 * method of exactly the site's descriptor, and an interop tag only through its own dispatch
 * symbol; any other site stays an {@code invokedynamic}, which links, or refuses, as before.
 * Loop heads' cancellation checkpoints are left out (see {@link #isLoopCheckpoint}).
 */
final class StaticLinker {
    static final String LINKAGE = "beskid/abi/Linkage";
    /** One public static method per symbol, named as the symbol (the runtime's binding rule). */
    static final String SYMBOLS = "beskid/runtime/symbols/SymbolImplementations";
    /** One static method per interop tag, named as the tag in camel case. */
    static final String INTEROP = "beskid/runtime/symbols/StdInterop";

    private final Set<String> publicStatics = new HashSet<>();

    /** Reads the binding targets from the runtime image (class files by jar path). */
    StaticLinker(Map<String, byte[]> runtimeImage) {
        for (String owner : new String[] {SYMBOLS, INTEROP}) {
            byte[] classFile = runtimeImage.get(owner + ".class");
            if (classFile != null) {
                collect(owner, classFile);
            }
        }
    }

    private void collect(String owner, byte[] classFile) {
        for (String method : PublicStatics.of(classFile)) {
            publicStatics.add(owner + '.' + method);
        }
    }

    /** The class file with every bindable runtime call site bound statically. */
    byte[] link(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = {false};
        reader.accept(
                new ClassVisitor(Opcodes.ASM9, writer) {
                    @Override
                    public MethodVisitor visitMethod(
                            int access, String name, String descriptor, String signature, String[] exceptions) {
                        return new MethodVisitor(
                                Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                            @Override
                            public void visitInvokeDynamicInsn(String site, String type, Handle bsm, Object... args) {
                                if (isLoopCheckpoint(site, type, bsm, args)) {
                                    changed[0] = true; // takes and leaves nothing on the stack
                                    return;
                                }
                                String[] target = target(site, type, bsm, args);
                                if (target == null) {
                                    super.visitInvokeDynamicInsn(site, type, bsm, args);
                                } else {
                                    changed[0] = true;
                                    super.visitMethodInsn(Opcodes.INVOKESTATIC, target[0], target[1], type, false);
                                }
                            }
                        };
                    }
                },
                0);
        return changed[0] ? writer.toByteArray() : classFile;
    }

    /**
     * A loop head's cancellation checkpoint, which an executable links to nothing: its run is
     * its process, so nothing inside it cancels the run (Ctrl-C ends the process, and the
     * runtime's own calls still check), and in a hot loop even a check of the interrupt flag
     * keeps field loads from leaving the loop.
     */
    private static boolean isLoopCheckpoint(String site, String type, Handle bsm, Object[] args) {
        return bsm.getOwner().equals(LINKAGE)
                && site.equals(RuntimeSymbol.run_checkpoint.name())
                && type.equals(RuntimeSymbol.run_checkpoint.descriptor())
                && args.length == 0;
    }

    /** {owner, method} the site binds to, or null to leave it to the bootstrap. */
    private String[] target(String site, String type, Handle bsm, Object[] args) {
        if (!bsm.getOwner().equals(LINKAGE)) {
            return null; // not a runtime call site (e.g. a lambda's)
        }
        RuntimeSymbol symbol = RuntimeSymbol.byName(site);
        if (symbol == null) {
            return null;
        }
        String[] target;
        if (symbol.isInteropDispatch()) {
            if (args.length != 1 || !(args[0] instanceof Integer)) {
                return null;
            }
            InteropTag tag = InteropTag.byId((Integer) args[0]);
            if (tag == null
                    || tag.group().dispatchSymbol() != symbol
                    || !tag.descriptor().equals(type)) {
                return null;
            }
            target = new String[] {INTEROP, methodName(tag)};
        } else {
            if (args.length != 0 || !symbol.descriptor().equals(type)) {
                return null;
            }
            target = new String[] {SYMBOLS, symbol.name()};
        }
        return publicStatics.contains(target[0] + '.' + target[1] + type) ? target : null;
    }

    /** The runtime's name for a tag's implementation: {@code ARRAY_GET} is {@code arrayGet}. */
    static String methodName(InteropTag tag) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : tag.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return name.toString();
    }
}
