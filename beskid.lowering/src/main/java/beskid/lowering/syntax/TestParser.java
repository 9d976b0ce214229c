package beskid.lowering.syntax;

import beskid.lowering.ast.AttributeUse;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.SectionEntry;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.TestDecl;
import beskid.lowering.ast.TestSection;
import beskid.lowering.diag.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code test Name { [meta { key = expr; .. }] [skip { key = expr; .. }] statements }}. The
 * sections come first, in either order, each at most once; the checker decides which keys
 * mean something ({@code tags}, {@code group}, {@code condition}, {@code reason}).
 */
final class TestParser {
    private final TokenCursor tokens;
    private final Parser parser;

    TestParser(TokenCursor tokens, Parser parser) {
        this.tokens = tokens;
        this.parser = parser;
    }

    TestDecl parseTest(SourcePos pos, List<AttributeUse> attributes) {
        tokens.advance();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a test name after `test`");
            return null;
        }
        String name = tokens.advance().text();
        SourcePos bodyPos = tokens.peek().pos();
        if (!tokens.at(TokenKind.LBRACE)) {
            tokens.unexpected("`{` to start the body of test `" + name + "`");
            return null;
        }
        if (!tokens.enter()) {
            tokens.leave();
            return null;
        }
        try {
            tokens.advance();
            TestSection meta = null;
            TestSection skip = null;
            while (startsSection()) {
                // LANGUAGE.md writes the optional sections as `[meta {..}]`; both the bare and
                // the bracketed spelling are read.
                boolean bracketed = tokens.accept(TokenKind.LBRACKET);
                boolean isMeta = tokens.at(TokenKind.KW_META);
                Token keyword = tokens.peek();
                TestSection section = section();
                if (bracketed) {
                    tokens.expect(
                            TokenKind.RBRACKET, "after the `" + keyword.kind().spelling() + "` section");
                }
                if ((isMeta ? meta : skip) != null) {
                    tokens.report(
                            keyword.pos(),
                            ErrorCode.INVALID_SYNTAX,
                            "duplicate `" + keyword.kind().spelling() + "` section in test `" + name + "`");
                } else if (isMeta) {
                    meta = section;
                } else {
                    skip = section;
                }
            }
            List<Stmt> statements = parser.statements().statements();
            SourcePos end = tokens.peek().pos();
            tokens.expect(TokenKind.RBRACE, () -> "to close test `" + name + "`");
            return new TestDecl(pos, attributes, name, meta, skip, new Block(bodyPos, List.copyOf(statements), end));
        } finally {
            tokens.leave();
        }
    }

    private boolean startsSection() {
        TokenKind k = tokens.at(TokenKind.LBRACKET) ? tokens.peek(1).kind() : tokens.kind();
        return k == TokenKind.KW_META || k == TokenKind.KW_SKIP;
    }

    /** {@code meta { key = expr; .. }}; the caller is at the keyword. */
    private TestSection section() {
        Token keyword = tokens.advance();
        List<SectionEntry> entries = new ArrayList<>();
        if (!tokens.at(TokenKind.LBRACE)) {
            tokens.expected("`{`", "after `" + keyword.kind().spelling() + "`");
            return new TestSection(keyword.pos(), List.of());
        }
        int close = tokens.partner(tokens.index());
        tokens.advance();
        while (!tokens.at(TokenKind.RBRACE) && !tokens.atEnd()) {
            if (!tokens.at(TokenKind.IDENT)) {
                int before = tokens.index();
                tokens.unexpected(
                        "a key (`name = value;`) in `" + keyword.kind().spelling() + "`");
                tokens.takeSyncRequest();
                tokens.skipTo(java.util.EnumSet.of(TokenKind.SEMI), close);
                tokens.accept(TokenKind.SEMI);
                if (tokens.index() == before) {
                    tokens.skipOne(); // e.g. past `close` after a runaway value: always move on
                }
                continue;
            }
            Token key = tokens.advance();
            tokens.expect(TokenKind.ASSIGN, () -> "after `" + key.text() + "`");
            entries.add(
                    new SectionEntry(key.pos(), key.text(), parser.expressions().parseNested()));
            if (!tokens.expect(TokenKind.SEMI, () -> "after the value of `" + key.text() + "`")) {
                tokens.takeSyncRequest();
                tokens.skipTo(java.util.EnumSet.of(TokenKind.SEMI), close);
                tokens.accept(TokenKind.SEMI);
            }
        }
        tokens.expect(TokenKind.RBRACE, () -> "to close the `" + keyword.kind().spelling() + "` section");
        return new TestSection(keyword.pos(), List.copyOf(entries));
    }
}
