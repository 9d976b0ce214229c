package beskid.lowering.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Chains of `&&` and `||` (emitted flat, with jumps) give the value of each link in every
 * position, with `!` and comparisons as links, and stop evaluating at the first link that
 * decides.
 */
class LogicalChainTest {
    private static String out(String body) {
        Programs.Run r = Programs.run("use Std.System.IO;\n"
                + "bool say(string s, bool v) { IO.Print(s); return v; }\n"
                + "unit show(bool t, bool f, i32 n) {\n" + body + "\n}\n"
                + "unit main() { show(true, false, 1); }\n");
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void eachLinkOfAChainCounts() {
        assertThat(out("""
                    IO.Println("${t && t && f} ${t && f && t} ${f && t && t} ${t && t && t}");
                    IO.Println("${f || f || t} ${f || t || f} ${t || f || f} ${f || f || f}");
                """)).isEqualTo("false false false true\ntrue true true false\n");
    }

    @Test
    void negationsAndComparisonsAsLinks() {
        assertThat(out("""
                    IO.Println("${!t || f} ${!f || f} ${f || !t} ${f || !f}");
                    IO.Println("${n < 1 || f} ${n > 0 || f} ${f || n == 1} ${f || n != 1}");
                    IO.Println("${!t && t} ${!f && t} ${n >= 1 && t} ${n <= 0 && t}");
                """)).isEqualTo("false true false true\nfalse true true false\nfalse true true false\n");
    }

    @Test
    void aChainStopsAtTheLinkThatDecides() {
        assertThat(out("""
                    bool a = say("a", true) && say("b", false) && say("c", true);
                    IO.Println("");
                    bool o = say("d", false) || say("e", true) || say("f", true);
                    IO.Println(" ${a} ${o}");
                """)).isEqualTo("ab\nde false true\n");
    }
}
