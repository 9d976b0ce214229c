package beskid.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.Abi;
import beskid.abi.InteropTag;
import beskid.abi.RuntimeSymbol;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.SourceLoader;
import beskid.lowering.api.SourceSet;
import beskid.lowering.api.SourceUnit;
import beskid.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Boundary invariants 3 and 5 on generated code: it reaches the runtime only through ABI
 * symbols (invokedynamic sites bootstrapped by {@code Linkage}, named by a symbol, interop
 * sites carrying a tag of the dispatch symbol's group), every such site is in the import
 * table, and otherwise it uses only the plain JDK members lowering is allowed to use.
 */
class GeneratedCodeTest {
    /** JDK classes generated code may use: values, boxing, strings, lambdas. Nothing with effects. */
    private static final Pattern ALLOWED_JDK = Pattern.compile(
            "java/lang/(Object|String|Integer|Long|Boolean|Double|Character|Number|Math|Throwable|RuntimeException"
                    + "|AssertionError|IllegalStateException)|java/lang/invoke/(LambdaMetafactory|MethodHandles\\$Lookup|MethodHandle|MethodType|CallSite)");

    private static final String LAMBDA_BOOTSTRAP = "java/lang/invoke/LambdaMetafactory";

    /** Interpolation: javac's string concatenation, a pure JDK bootstrap. */
    private static final String CONCAT_BOOTSTRAP = "java/lang/invoke/StringConcatFactory";

    @TestFactory
    Stream<DynamicTest> generatedCodeReachesTheRuntimeOnlyThroughAbiSymbols() throws IOException {
        List<Path> programs = new ArrayList<>(Corpus.programs());
        programs.addAll(Corpus.programsIn(Path.of(System.getProperty("beskid.examples"))));
        return programs.stream().map(p -> DynamicTest.dynamicTest(Corpus.label(p), () -> scan(p)));
    }

    private static void scan(Path program) throws IOException {
        LoweringResult result = Toolchain.LOWERING.lower(new SourceSet(
                new SourceUnit(program.getFileName().toString(), Files.readAllBytes(program)),
                SourceLoader.folder(program.getParent(), "")));
        if (!result.ok()) {
            return; // the compile-error program has no code
        }
        LoweredArtifact artifact = result.artifact();
        Set<String> own = new TreeSet<>();
        artifact.classes().keySet().forEach(n -> own.add(n.replace('.', '/')));
        Set<String> called = new TreeSet<>();
        Set<Integer> tags = new TreeSet<>();
        for (byte[] bytes : artifact.classes().values()) {
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, 0);
            assertThat(node.superName)
                    .as(node.name + " superclass")
                    .matches(s -> s.equals("java/lang/Object") || own.contains(s));
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    String where = node.name + "." + method.name;
                    if (insn instanceof MethodInsnNode m) {
                        assertAllowed(m.owner, own, where);
                    } else if (insn instanceof FieldInsnNode f) {
                        assertAllowed(f.owner, own, where);
                    } else if (insn instanceof TypeInsnNode t) {
                        assertAllowed(elementClass(t.desc), own, where);
                    } else if (insn instanceof InvokeDynamicInsnNode indy) {
                        checkIndy(indy, where, called, tags);
                    }
                }
            }
        }
        assertThat(called).as("symbols called = import table").isEqualTo(artifact.importedSymbolNames());
        assertThat(tags).as("interop tags dispatched = tag table").isEqualTo(artifact.interopTags());
    }

    private static void checkIndy(InvokeDynamicInsnNode indy, String where, Set<String> called, Set<Integer> tags) {
        Handle bsm = indy.bsm;
        if (bsm.getOwner().equals(LAMBDA_BOOTSTRAP)) {
            return;
        }
        if (bsm.getOwner().equals(CONCAT_BOOTSTRAP)) {
            assertThat(bsm.getName()).as(where + " concatenation").isEqualTo("makeConcatWithConstants");
            assertThat(Type.getReturnType(indy.desc).getInternalName()).isEqualTo("java/lang/String");
            return;
        }
        assertThat(bsm.getOwner() + "." + bsm.getName())
                .as(where + " bootstrap")
                .isEqualTo(Abi.LINKAGE_INTERNAL_NAME + "." + Abi.BOOTSTRAP_NAME);
        RuntimeSymbol symbol = RuntimeSymbol.byName(indy.name);
        assertThat(symbol).as(where + " calls an ABI symbol, not " + indy.name).isNotNull();
        called.add(symbol.name());
        if (symbol.isInteropDispatch()) {
            assertThat(indy.bsmArgs).hasSize(1);
            InteropTag tag = InteropTag.byId((Integer) indy.bsmArgs[0]);
            assertThat(tag).as(where + " interop tag").isNotNull();
            assertThat(tag.group().dispatchSymbol())
                    .as(where + ": " + tag.function() + " routed by its return group")
                    .isEqualTo(symbol);
            assertThat(indy.desc).isEqualTo(tag.descriptor());
            tags.add(tag.id());
        } else {
            assertThat(indy.desc).as(where + " " + symbol + " descriptor").isEqualTo(symbol.descriptor());
        }
    }

    /** The class a NEW/CHECKCAST/INSTANCEOF/ANEWARRAY names (the element class of an array type). */
    private static String elementClass(String internalNameOrArray) {
        if (!internalNameOrArray.startsWith("[")) {
            return internalNameOrArray;
        }
        Type element = Type.getType(internalNameOrArray).getElementType();
        return element.getSort() == Type.OBJECT ? element.getInternalName() : "[";
    }

    private static void assertAllowed(String owner, Set<String> own, String where) {
        if (own.contains(owner) || owner.startsWith("[")) {
            return;
        }
        assertThat(owner).as(where + " uses a JDK member lowering may not use").matches(ALLOWED_JDK);
    }
}
