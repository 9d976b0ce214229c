package beskid.lowering.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The lexer's token list behaves as a List: it grows, reports additions, and guards its end. */
class TokenListTest {

    private static Token token(TokenKind kind, int offset) {
        return new Token(kind, null, offset, 1, offset + 1, offset + 1, 1, offset + 2, null, false);
    }

    @Test
    void growsPastItsExpectedSizeKeepingTokensAndKinds() {
        TokenList list = new TokenList(0);
        for (int i = 0; i < 40; i++) {
            assertThat(list.add(token(i % 2 == 0 ? TokenKind.COMMA : TokenKind.SEMI, i)))
                    .isTrue();
        }
        assertThat(list).hasSize(40);
        assertThat(list.get(39).offset()).isEqualTo(39);
        assertThat(list.kinds()[38]).isEqualTo(TokenKind.COMMA);
        assertThat(list.kinds()[39]).isEqualTo(TokenKind.SEMI);
    }

    @Test
    void givesBackEveryFieldOfEachTokenAcrossGrowth() {
        TokenList list = new TokenList(0);
        for (int i = 0; i < 40; i++) {
            String doc = i == 3 ? "/// three" : null;
            list.add(new Token(TokenKind.IDENT, "x" + i, i, i + 1, i + 2, i + 3, i + 4, i + 5, doc, i == 30));
        }
        assertThat(list.get(3)).isEqualTo(new Token(TokenKind.IDENT, "x3", 3, 4, 5, 6, 7, 8, "/// three", false));
        assertThat(list.get(30)).isEqualTo(new Token(TokenKind.IDENT, "x30", 30, 31, 32, 33, 34, 35, null, true));
        assertThat(list.get(39).doc()).isNull();
        assertThat(list.get(39).malformed()).isFalse();
    }

    @Test
    void readingAtOrPastItsSizeFails() {
        TokenList list = new TokenList(100);
        list.add(token(TokenKind.EOF, 0));
        assertThat(list.get(0).kind()).isEqualTo(TokenKind.EOF);
        assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void keywordsAndPunctuationAreFixedAndDescribedByTheirSpelling() {
        assertThat(TokenKind.KW_TYPE.isFixed()).isTrue();
        assertThat(TokenKind.KW_TYPE.describe()).isEqualTo("`type`");
        assertThat(TokenKind.SEMI.describe()).isEqualTo("`;`");
        assertThat(TokenKind.STRING_TAIL.isFixed()).isFalse();
        assertThat(TokenKind.IDENT.describe()).isEqualTo("identifier");
        assertThat(TokenKind.EOF.isFixed()).isFalse();
        assertThat(TokenKind.ERROR.isFixed()).isFalse();
        assertThat(TokenKind.keyword("type")).isEqualTo(TokenKind.KW_TYPE);
        assertThat(TokenKind.keyword("Type")).isNull();
    }
}
