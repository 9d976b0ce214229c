package beskid.lowering.service;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.Abi;
import beskid.lowering.api.LoweredArtifact;
import beskid.lowering.api.LoweringResult;
import beskid.lowering.api.LoweringService;
import beskid.lowering.api.SourceUnit;
import beskid.lowering.api.TestCase;
import beskid.lowering.emit.Programs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The service: artifact metadata, determinism, the dump, robustness. */
class LoweringComponentTest {
    private static final String FIB = """
            use Std.System.IO;
            i64 fib(i64 n) {
                if n < 2 { return n; }
                return fib(n - 1) + fib(n - 2);
            }
            i32 main() {
                let f = (i64 x) => fib(x);
                IO.Println("fib(25) = ${f(25)}");
                return 0;
            }
            """;

    @Test
    void testService_standaloneFindsTheComponentThroughServiceLoader() {
        LoweringService standalone = LoweringService.standalone();
        assertThat(standalone).isInstanceOf(LoweringComponent.class);
        assertThat(standalone.lower(SourceUnit.of("fib.bd", FIB)).ok()).isTrue();
    }

    @Test
    void testService_artifactMetadata() {
        LoweredArtifact a = Programs.lower("dir/fib.bd", FIB);
        assertThat(a.sourceName()).isEqualTo("fib.bd");
        assertThat(a.sourceHash())
                .isEqualTo(Compilation.sha256(FIB.getBytes(StandardCharsets.UTF_8)))
                .hasSize(64);
        assertThat(a.abiVersion()).isEqualTo(Abi.BESKID_RUNTIME_ABI_VERSION);
        assertThat(a.entry().className()).isEqualTo("prog.fib");
        assertThat(a.entry().descriptor()).isEqualTo("()I");
        assertThat(a.exports())
                .extracting(e -> e.name() + e.descriptor())
                .containsExactly("fib.fib(J)J", "fib.main()I");
        assertThat(a.imports())
                .extracting(i -> i.symbol() + i.signature())
                .containsExactly("str_concat(STR,STR)->STR", "syscall_write(I64,STR)->I64"); // interpolation: no symbol
        assertThat(a.classes()).containsOnlyKeys("prog.fib", "prog.fib$Fn$J_J", "Std.System.IO");
    }

    @Test
    void testService_mainDescriptors() {
        assertThat(Programs.lower("a.bd", "i64 main() { return 1; }").entry().descriptor())
                .isEqualTo("()J");
        assertThat(Programs.lower("a.bd", "unit main() { }").entry().descriptor())
                .isEqualTo("()V");
        assertThat(Programs.lower("a.bd", "i32 helper() { return 1; }").entry()).isNull();
    }

    @Test
    void testService_moduleDeclarationNamesTheClass() {
        assertThat(Programs.lower("x.bd", "mod app.core;\nunit main() { }")
                        .entry()
                        .className())
                .isEqualTo("prog.app.core");
    }

    @Test
    void testService_testBlocksBecomeTestCases() {
        LoweredArtifact a = Programs.lower("unit_tests.bd", """
                test First {
                    meta { tags = "fast, unit"; group = "math"; }
                    return;
                }
                test Second {
                    skip { condition = 1 < 2; reason = "not ready"; }
                    __panic_str("no");
                }
                """);
        List<TestCase> tests = a.tests();
        assertThat(tests).extracting(TestCase::name).containsExactly("First", "Second");
        assertThat(tests.get(0).tags()).containsExactly("fast", "unit");
        assertThat(tests.get(0).group()).isEqualTo("math");
        assertThat(tests.get(0).skipCondition()).isNull();
        assertThat(tests.get(0).line()).isEqualTo(1);
        assertThat(tests.get(0).body().descriptor()).isEqualTo("()V");
        assertThat(tests.get(1).skipReason()).isEqualTo("not ready");
        assertThat(tests.get(1).skipCondition().descriptor()).isEqualTo("()Z");
        assertThat(Programs.condition(a, tests.get(1).skipCondition())).isTrue();
        assertThat(Programs.execute(a, tests.get(1).body(), "", List.of()).err())
                .contains("panic: no");
    }

    @Test
    void testService_loweringIsDeterministic() {
        LoweredArtifact first = Programs.lower("fib.bd", FIB);
        LoweredArtifact second =
                new LoweringComponent().lower(SourceUnit.of("fib.bd", FIB)).artifact();
        assertThat(second.classes().keySet()).isEqualTo(first.classes().keySet());
        for (Map.Entry<String, byte[]> c : first.classes().entrySet()) {
            assertThat(Arrays.equals(c.getValue(), second.classes().get(c.getKey())))
                    .as(c.getKey())
                    .isTrue();
        }
        assertThat(Programs.LOWERING.dump(second)).isEqualTo(Programs.LOWERING.dump(first));
    }

    @Test
    void testService_concurrentLoweringGivesTheSameBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<LoweredArtifact>> runs = new ArrayList<>();
            LoweringComponent fresh = new LoweringComponent();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(
                        () -> fresh.lower(SourceUnit.of("fib.bd", FIB)).artifact()));
            }
            byte[] expected = runs.get(0).get().classes().get("prog.fib");
            for (Future<LoweredArtifact> f : runs) {
                assertThat(f.get().classes().get("prog.fib")).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void testService_dumpListsMetadataAndBytecode() {
        String dump = Programs.LOWERING.dump(Programs.lower("fib.bd", FIB));
        assertThat(dump)
                .contains("abi version: 1")
                .contains("source sha-256: ")
                .contains("syscall_write (I64,STR)->I64")
                .contains("fib.fib = prog.fib.fib(J)J")
                .contains("entry: prog.fib.main()I")
                .contains("class prog.fib")
                .contains("INVOKEDYNAMIC str_concat(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;")
                .contains("INVOKEDYNAMIC makeConcatWithConstants(J)Ljava/lang/String;")
                .contains("LINENUMBER 4");
    }

    @Test
    void testService_checkGivesNoArtifact() {
        LoweringResult r = Programs.LOWERING.check(SourceUnit.of("fib.bd", FIB));
        assertThat(r.ok()).isTrue();
        assertThat(r.artifact()).isNull();
    }

    @Test
    void testService_byteOrderMarkIsIgnored() {
        byte[] body = "unit main() { }".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(Programs.LOWERING.lower(new SourceUnit("bom.bd", withBom)).ok())
                .isTrue();
    }

    @Test
    void testService_deepInputWithinTheParsersLimitLowers() {
        StringBuilder src = new StringBuilder("i64 f(i64 x) { return x");
        for (int i = 0; i < 200; i++) {
            src.append(" + x");
        }
        src.append("; }\ni32 g(i32 x) {\n");
        for (int i = 0; i < 100; i++) {
            src.append("if x > ").append(i).append(" {\n");
        }
        src.append("return x;\n");
        for (int i = 0; i < 100; i++) {
            src.append("}\n");
        }
        src.append("return 0;\n}\ni32 h(i32 x) { return ");
        for (int i = 0; i < 100; i++) {
            src.append("((i32 a").append(i).append(") => ");
        }
        src.append("x");
        for (int i = 0; i < 100; i++) {
            src.append(")(x)");
        }
        src.append("; }\n");
        LoweringResult r = Programs.LOWERING.lower(SourceUnit.of("deep.bd", src.toString()));
        assertThat(r.diagnostics()).isEmpty();
        Programs.verify(r.artifact());
    }

    @Test
    void testService_errorsAreDiagnosticsNeverExceptions() {
        LoweringResult r =
                Programs.LOWERING.lower(new SourceUnit("bad.bd", new byte[] {(byte) 0xFF, 'x', '{', '(', '"'}));
        assertThat(r.ok()).isFalse();
        assertThat(r.artifact()).isNull();
    }
}
