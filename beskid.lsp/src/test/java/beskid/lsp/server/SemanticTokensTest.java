package beskid.lsp.server;

import static org.assertj.core.api.Assertions.assertThat;

import beskid.lowering.analysis.api.SemanticToken;
import beskid.lowering.analysis.api.SemanticToken.TokenType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LSP's relative encoding of semantic tokens, and the legend it indexes. */
class SemanticTokensTest {
    @Test
    void eachTokenIsFiveIntegersRelativeToTheOneBefore() {
        List<SemanticToken> tokens = List.of(
                new SemanticToken(0, 0, 3, TokenType.TYPE, false), // i32
                new SemanticToken(0, 4, 4, TokenType.FUNCTION, true), // main
                new SemanticToken(2, 4, 6, TokenType.KEYWORD, false), // return
                new SemanticToken(2, 11, 1, TokenType.NUMBER, false)); // 0
        assertThat(DocumentRequests.encode(tokens))
                .containsExactly(
                        0,
                        0,
                        3,
                        TokenType.TYPE.ordinal(),
                        0, //
                        0,
                        4,
                        4,
                        TokenType.FUNCTION.ordinal(),
                        1, //
                        2,
                        4,
                        6,
                        TokenType.KEYWORD.ordinal(),
                        0, //
                        0,
                        7,
                        1,
                        TokenType.NUMBER.ordinal(),
                        0);
    }

    @Test
    void theLegendNamesEveryTypeInOrdinalOrder() {
        List<String> legend = BeskidLanguageServer.tokenTypes();
        assertThat(legend).hasSize(TokenType.values().length);
        assertThat(legend.get(TokenType.TYPE_PARAMETER.ordinal())).isEqualTo("typeParameter");
        assertThat(legend.get(TokenType.ENUM_MEMBER.ordinal())).isEqualTo("enumMember");
        assertThat(legend.get(TokenType.OPERATOR.ordinal())).isEqualTo("operator");
    }
}
