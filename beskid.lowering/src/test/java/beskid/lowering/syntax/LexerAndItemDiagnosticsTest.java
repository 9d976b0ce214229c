package beskid.lowering.syntax;

import static beskid.lowering.syntax.ParseSupport.parse;
import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.emit.Programs;
import org.junit.jupiter.api.Test;

/**
 * What a user sees from the lexer and the item parser at their edges: comments that look like
 * they close early, signed exponents, characters that cannot be printed, runs of stray
 * characters, and the diagnostics of broken attributes and contract methods.
 */
class LexerAndItemDiagnosticsTest {
    @Test
    void aBlockCommentStartingWithASlashDoesNotCloseOnIt() {
        assertThat(parse("/*/ still a comment */ unit main() {}\n").errors()).isEmpty();
    }

    @Test
    void signedExponentsArePartOfTheNumber() {
        Programs.Run r = Programs.run("""
                use Std.System.IO;
                unit main() {
                    f64 a = 2.5e+3;
                    f64 b = 1.0E-2;
                    IO.Println("${a == 2500.0} ${b == 0.01}");
                }
                """);
        assertThat(r.out()).isEqualTo("true true\n");
    }

    @Test
    void unprintableCharactersAreShownByCodePoint() {
        assertThat(parse("unit main() {}\n\u0001\n").errors()).isEqualTo("2:1 E0101 unexpected character U+0001");
        assertThat(parse("unit main() {}\n\u0001\u0002\n").errors())
                .isEqualTo("2:1 E0101 unexpected characters U+0001 U+0002");
    }

    @Test
    void aStrayCharacterBeforeACommentIsReportedAlone() {
        assertThat(parse("unit main() {} #// note\nunit f() {} #/* note */\n").errors())
                .isEqualTo("1:16 E0101 unexpected character `#`\n2:13 E0101 unexpected character `#`");
    }

    @Test
    void aRunOfStrayCharactersIsShownUpToTwentyOfThem() {
        assertThat(parse("unit main() {}\n" + "#".repeat(20) + "\n").errors())
                .isEqualTo("2:1 E0101 unexpected characters `" + "#".repeat(20) + "`");
        assertThat(parse("unit main() {}\n" + "#".repeat(21) + "\n").errors())
                .isEqualTo("2:1 E0101 unexpected characters `" + "#".repeat(20) + "…`");
    }

    @Test
    void anInterpolationOpenAtTheEndOfTheFileIsReported() {
        assertThat(parse("unit main() {\n    string s = \"a${1").errors())
                .isEqualTo("2:16 E0102 unterminated string literal: missing `}` or `\"` after `${`");
    }

    @Test
    void anAttributeNeedsANameAndItsBracket() {
        assertThat(parse("[1] unit f() {}\n[Flag(1) unit g() {}\nunit h() {}\n").errors())
                .isEqualTo("1:2 E0105 expected an attribute name after `[`, found `1`\n"
                        + "2:9 E0105 expected `]` to close the attribute, found `unit`");
    }

    @Test
    void aContractMethodHasNoBody() {
        assertThat(parse("contract C { unit m() { } }\n").errors())
                .isEqualTo("1:23 E0112 a contract method has no body");
    }

    @Test
    void anItemKeywordNeedsItsName() {
        assertThat(parse("type { i32 x }\nenum = 1;\ncontract ;\nunit ok() {}\n")
                        .errors())
                .isEqualTo("1:6 E0105 expected a name after `type`, found `{`\n"
                        + "2:6 E0105 expected a name after `enum`, found `=`\n"
                        + "3:10 E0105 expected a name after `contract`, found `;`");
    }
}
