package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.abi.InteropTag;
import beskid.lowering.api.LoweredArtifact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard library: Beskid bodies and [Interop] functions dispatched through the runtime. */
class StdLibraryTest {
    @Test
    void testStd_ioReadLineAndEprintln() {
        Programs.Run r = Programs.run("io.bd", """
                use Std.System.IO;
                unit main() {
                    string a = IO.ReadLine();
                    string b = IO.ReadLine();
                    string c = IO.ReadLine();
                    IO.Print("[" + a + "][" + b + "][" + c + "]");
                    IO.Eprintln("to stderr");
                }
                """, "first\nsecond\n", List.of());
        assertThat(r.out()).isEqualTo("[first][second][]");
        assertThat(r.err()).isEqualTo("to stderr\n");
    }

    @Test
    void testStd_processArgumentsAndEnvironment() {
        Programs.Run r = Programs.run("args.bd", """
                use Std.System.IO;
                use Std.System.Process;
                use Std.System.Env;
                use Std.System.Time;
                unit main() {
                    for i in range(0, Process.ArgCount()) { IO.Print(Process.Arg(i) + ";"); }
                    string unset = Env.Get("BESKID_SURELY_UNSET_VARIABLE");
                    bool clock = Time.NowMillis() > 0 && Time.MonotonicNanos() != 0;
                    IO.Println(" [${unset}] ${clock}");
                }
                """, "", List.of("a", "b c"));
        assertThat(r.out()).isEqualTo("a;b c; [] true\n");
    }

    @Test
    void testStd_strings() {
        Programs.Run r = Programs.run("""
                use Std.System.IO;
                use Std.Core.String;
                unit main() {
                    string s = "żółw and more";
                    IO.Println("${String.Len(s)} ${String.IsEmpty("")} ${String.Contains(s, "and")}");
                    IO.Println(String.Substring(s, 0, 7) + String.Concat("|", String.FromI64(-5)));
                    IO.Println("${String.ParseI64("123") + 1}");
                    i64 bad = String.ParseI64("x1");
                }
                """);
        assertThat(r.out()).isEqualTo("16 true true\nżółw|-5\n124\n");
        assertThat(r.err()).startsWith("panic: invalid integer: x1\n");
    }

    @Test
    void testStd_arraysAreZeroed() {
        Programs.Run r = Programs.run("""
                use Std.System.IO;
                use Std.Collections.Array;
                unit main() {
                    i32[] a = Array.New(2);
                    bool[] b = Array.New(1);
                    string[] s = Array.New(1);
                    u8[] u = Array.New(1);
                    i32 big = 300;
                    Array.Set(u, 0, big);
                    IO.Println("${Array.Get(a, 1)} ${Array.Get(b, 0)} [${Array.Get(s, 0)}] ${Array.Len(a)} ${Array.Get(u, 0)}");
                    i32 x = Array.Get(a, 2);
                }
                """);
        assertThat(r.out()).isEqualTo("0 false [] 2 44\n");
        assertThat(r.err()).startsWith("panic: index out of bounds: 2 (len 2)\n");
    }

    @Test
    void testStd_listGrowsAndPanicsAtTheCallersLine() {
        Programs.Run r = Programs.run("list.bd", """
                use Std.System.IO;
                use Std.Collections.List;
                unit main() {
                    List<i32> l = List.New();
                    for i in range(0, 50) { List.Push(l, i * 2); }
                    List.Set(l, 0, -1);
                    IO.Println("${List.Len(l)} ${List.Get(l, 0)} ${List.Get(l, 49)}");
                    i32 x = List.Get(l,
                        50);
                }
                """);
        assertThat(r.out()).isEqualTo("50 -1 98\n");
        assertThat(r.err()).isEqualTo("panic: index out of bounds: 50 (len 50)\n  at list.bd:8\n");
    }

    @Test
    void testStd_interopCallsUseTheTagsDispatchSymbol() {
        LoweredArtifact a = Programs.lower("t.bd", """
                use Std.System.IO;
                use Std.Core.String;
                unit main() { IO.Println(String.FromI64(3)); bool c = String.Contains("a", "b"); }
                """);
        assertThat(a.interopTags()).containsExactly(InteropTag.STRING_CONTAINS.id(), InteropTag.STRING_FROM_I64.id());
        assertThat(a.importedSymbolNames())
                .containsExactly(
                        "interop_dispatch_ptr", "interop_dispatch_usize", "str_concat", "str_len", "syscall_write");
        assertThat(a.classes()).containsOnlyKeys("prog.t", "Std.Core.String", "Std.System.IO");
    }

    @Test
    void testStd_onlyUsedModulesAreLowered() {
        LoweredArtifact a =
                Programs.lower("t.bd", "use Std.Collections.List;\nunit main() { List<i32> l = List.New(); }\n");
        assertThat(a.classes())
                .containsOnlyKeys(
                        "prog.t", "Std.Collections.Array", "Std.Collections.List", "Std.Collections.List$List");
    }
}
