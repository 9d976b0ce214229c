package beskid.backend.aot;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.SymbolImport;
import beskid.lowering.service.LoweringComponent;
import beskid.runtime.symbols.StdInterop;
import beskid.runtime.symbols.SymbolImplementations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The exe's link step: runtime call sites become calls of the embedded runtime's public
 * implementations, any other site stays an invokedynamic, and the bound entry calls main.
 */
class StaticLinkTest {
    private static final LoweringComponent LOWERING = new LoweringComponent();

    private static LoweredArtifact lower(String source) {
        LoweringResult result = LOWERING.lower(SourceUnit.of("prog.bd", source));
        assertThat(result.ok()).as("lowers").isTrue();
        return result.artifact();
    }

    private static byte[] classFile(Class<?> c) {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> runtimeImage() {
        Map<String, byte[]> image = new TreeMap<>();
        image.put(StaticLinker.SYMBOLS + ".class", classFile(SymbolImplementations.class));
        image.put(StaticLinker.INTEROP + ".class", classFile(StdInterop.class));
        return image;
    }

    /** "indy name" or "static owner.name" for every call a class file makes into the runtime. */
    private static List<String> runtimeCalls(byte[] classFile) {
        List<String> calls = new ArrayList<>();
        new ClassReader(classFile)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public MethodVisitor visitMethod(int a, String n, String d, String s, String[] e) {
                                return new MethodVisitor(Opcodes.ASM9) {
                                    @Override
                                    public void visitInvokeDynamicInsn(
                                            String name, String type, Handle bsm, Object... args) {
                                        if (bsm.getOwner().equals(StaticLinker.LINKAGE)) {
                                            calls.add("indy " + name);
                                        }
                                    }

                                    @Override
                                    public void visitMethodInsn(
                                            int op, String owner, String name, String type, boolean itf) {
                                        if (owner.startsWith("beskid/runtime/")) {
                                            calls.add("static " + owner.substring(owner.lastIndexOf('/') + 1) + "."
                                                    + name);
                                        }
                                    }
                                };
                            }
                        },
                        0);
        return calls;
    }

    @Test
    void testLink_runtimeSymbolsBecomeStaticCallsOfTheEmbeddedRuntime() {
        LoweredArtifact artifact = lower("""
                use Std.System.IO;
                i32 main() {
                    IO.Println("x");
                    return 0;
                }
                """);
        byte[] io = artifact.classes().get("Std.System.IO");
        assertThat(runtimeCalls(io)).contains("indy str_concat", "indy syscall_write");

        byte[] linked = new StaticLinker(runtimeImage()).link(io);

        assertThat(runtimeCalls(linked))
                .contains("static SymbolImplementations.str_concat", "static SymbolImplementations.syscall_write")
                .noneMatch(call -> call.startsWith("indy "));
    }

    @Test
    void testLink_loopHeadsCheckNothingInAnExecutable() {
        // An executable's run is its process: nothing inside it cancels the run (Ctrl-C ends the
        // process), so its loop heads have nothing to check.
        LoweredArtifact artifact = lower("""
                i32 main() {
                    i64 mut sum = 0;
                    for i in range(0, 10) {
                        sum += i;
                    }
                    while sum > 40 {
                        sum -= 1;
                    }
                    return 0;
                }
                """);
        byte[] main = artifact.classes().get(artifact.entry().className());
        assertThat(runtimeCalls(main)).containsOnly("indy run_checkpoint");

        assertThat(runtimeCalls(new StaticLinker(runtimeImage()).link(main))).isEmpty();
        assertThat(artifact.imports()).extracting(SymbolImport::symbol).contains("run_checkpoint");
    }

    @Test
    void testLink_withoutTheImplementationsInTheImageEverySiteStaysDynamic() {
        byte[] io = lower("""
                        use Std.System.IO;
                        i32 main() {
                            IO.Println("x");
                            return 0;
                        }
                        """).classes().get("Std.System.IO");

        assertThat(new StaticLinker(Map.of()).link(io)).isSameAs(io);
    }

    private static final String CONTAINS_PROGRAM = """
            use Std.Core.String;
            i32 main() {
                if String.Contains("abc", "b") {
                    return 1;
                }
                return 0;
            }
            """;

    private static List<String> linkedCalls(Map<String, byte[]> image) {
        StaticLinker linker = new StaticLinker(image);
        List<String> calls = new ArrayList<>();
        lower(CONTAINS_PROGRAM).classes().values().forEach(c -> calls.addAll(runtimeCalls(linker.link(c))));
        return calls;
    }

    @Test
    void testLink_interopTagsBecomeStaticCallsOfTheirImplementations() {
        // An exe that links no call site at start never sets up the JDK's method handles.
        assertThat(linkedCalls(runtimeImage()))
                .contains("static StdInterop.stringContains")
                .noneMatch(call -> call.startsWith("indy "));
    }

    @Test
    void testLink_aNonPublicImplementationStaysDynamic() {
        // An image whose stringContains is package-private: its site keeps the bootstrap.
        ClassWriter interop = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        interop.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, StaticLinker.INTEROP, null, "java/lang/Object", null);
        MethodVisitor contains = interop.visitMethod(
                Opcodes.ACC_STATIC, "stringContains", "(Ljava/lang/String;Ljava/lang/String;)J", null, null);
        contains.visitCode();
        contains.visitInsn(Opcodes.LCONST_0);
        contains.visitInsn(Opcodes.LRETURN);
        contains.visitMaxs(0, 0);
        contains.visitEnd();
        Map<String, byte[]> image = runtimeImage();
        image.put(StaticLinker.INTEROP + ".class", interop.toByteArray());

        assertThat(linkedCalls(image)).contains("indy interop_dispatch_usize");
    }

    @Test
    void testBoundEntry_callsMainAndWidensItsValue() throws ReflectiveOperationException {
        for (String[] main : new String[][] {
            {"i32", "return 300;", "300"}, {"i64", "return 5000000000;", "5000000000"}, {"unit", "", "0"}
        }) {
            LoweredArtifact artifact = lower(main[0] + " main() {\n    " + main[1] + "\n}\n");
            byte[] bound = BoundEntry.of(
                    artifact.entry(), artifact.classes().get(artifact.entry().className()));
            assertThat(bound).as(main[0]).isNotNull();
            Map<String, byte[]> classes = new TreeMap<>(artifact.classes());
            classes.put(BoundEntry.CLASS_NAME, bound);
            ClassLoader loader = new MapLoader(classes);
            LongSupplier entry = (LongSupplier) Class.forName(BoundEntry.CLASS_NAME, true, loader)
                    .getConstructor()
                    .newInstance();
            assertThat(entry.getAsLong()).as(main[0]).isEqualTo(Long.parseLong(main[2]));
        }
    }

    /** The classes of a map first, then the test's own (the JDK's LongSupplier among them). */
    private static final class MapLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MapLoader(Map<String, byte[]> classes) {
            super(StaticLinkTest.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
