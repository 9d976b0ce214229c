package beskid.backend.aot;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** What generated code in another class may call with a plain {@code invokestatic}. */
final class PublicStatics {
    private PublicStatics() {}

    /**
     * The public static methods of a class file, each as name followed by descriptor (e.g.
     * {@code main()I}); none when the class itself is not public.
     */
    static Set<String> of(byte[] classFile) {
        Set<String> methods = new HashSet<>();
        boolean[] publicClass = {false};
        new ClassReader(classFile)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(
                                    int version,
                                    int access,
                                    String name,
                                    String signature,
                                    String superName,
                                    String[] interfaces) {
                                publicClass[0] = (access & Opcodes.ACC_PUBLIC) != 0;
                            }

                            @Override
                            public MethodVisitor visitMethod(
                                    int access, String name, String descriptor, String signature, String[] exceptions) {
                                int wanted = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
                                if ((access & wanted) == wanted) {
                                    methods.add(name + descriptor);
                                }
                                return null;
                            }
                        },
                        ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return publicClass[0] ? methods : Set.of();
    }
}
