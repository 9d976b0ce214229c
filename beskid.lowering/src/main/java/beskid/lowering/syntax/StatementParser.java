package beskid.lowering.syntax;

import beskid.lowering.ast.Block;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BlockStmt;
import beskid.lowering.ast.BreakStmt;
import beskid.lowering.ast.ContinueStmt;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.ExprStmt;
import beskid.lowering.ast.ForStmt;
import beskid.lowering.ast.IfStmt;
import beskid.lowering.ast.LocalDecl;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.ReturnStmt;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.Stmt;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.WhileStmt;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Blocks and statements. A statement that starts with a type followed by a name (or
 * {@code mut}) is a declaration, decided by a token scan before anything is built:
 * {@code List<string> names = ...} declares, {@code a < b;} compares.
 *
 * <p>Recovery: a block reads statements up to its matching {@code }}; after an unreadable
 * token the rest of the statement is skipped to {@code ;}, the block's end, or the first token
 * of a later line, so one mistake costs one error.
 */
final class StatementParser {
    private final TokenCursor tokens;
    private final Parser parser;

    StatementParser(TokenCursor tokens, Parser parser) {
        this.tokens = tokens;
        this.parser = parser;
    }

    /** {@code { statements }}; after an error the block still ends at its own {@code }}. */
    Block parseBlock() {
        SourcePos pos = tokens.peek().pos();
        if (!tokens.at(TokenKind.LBRACE)) {
            tokens.expected("`{`", "to start a block");
            return new Block(pos, List.of(), pos);
        }
        if (!tokens.enter()) {
            tokens.leave();
            return new Block(pos, List.of(), tokens.peek().pos());
        }
        try {
            tokens.advance();
            boolean was = tokens.allowStructLiterals(true);
            List<Stmt> statements = statements();
            tokens.allowStructLiterals(was);
            SourcePos end = tokens.peek().pos();
            // Statements stop only at `}` or the end of the file: name where the block began.
            tokens.expect(TokenKind.RBRACE, () -> "to close the block opened on line " + pos.line());
            return new Block(pos, List.copyOf(statements), end);
        } finally {
            tokens.leave();
        }
    }

    /** Statements up to (not including) a {@code }} or the end of the file. */
    List<Stmt> statements() {
        List<Stmt> out = new ArrayList<>();
        while (!tokens.at(TokenKind.RBRACE) && !tokens.atEnd()) {
            int before = tokens.index();
            Stmt s = parseStatement();
            if (s != null) {
                out.add(s);
            }
            if (tokens.takeSyncRequest()) {
                synchronize();
            }
            if (tokens.index() == before) {
                // No progress: drop the token so the loop always ends.
                tokens.unexpected("a statement");
                tokens.takeSyncRequest();
                tokens.skipOne();
            }
        }
        return out;
    }

    private Stmt parseStatement() {
        Token t = tokens.peek();
        SourcePos pos = t.pos();
        switch (t.kind()) {
            case LBRACE -> {
                return new BlockStmt(pos, parseBlock());
            }
            case KW_IF -> {
                return ifStatement();
            }
            case KW_WHILE -> {
                tokens.advance();
                Expr cond = parser.expressions().parseHead();
                return new WhileStmt(pos, cond, parseBlock());
            }
            case KW_FOR -> {
                return forStatement();
            }
            case KW_RETURN -> {
                tokens.advance();
                Expr value = tokens.at(TokenKind.SEMI) || tokens.at(TokenKind.RBRACE)
                        ? null
                        : parser.expressions().parseExpression();
                endOfStatement(value == null ? () -> "after `return`" : () -> "after the return value");
                return new ReturnStmt(pos, value);
            }
            case KW_BREAK -> {
                tokens.advance();
                endOfStatement(() -> "after `break`");
                return new BreakStmt(pos);
            }
            case KW_CONTINUE -> {
                tokens.advance();
                endOfStatement(() -> "after `continue`");
                return new ContinueStmt(pos);
            }
            case KW_LET -> {
                tokens.advance();
                return local(pos, null);
            }
            case SEMI -> {
                tokens.advance(); // an empty statement
                return null;
            }
            case KW_ELSE -> {
                tokens.report(pos, beskid.lowering.diag.ErrorCode.INVALID_SYNTAX, "`else` without a matching `if`");
                tokens.advance();
                if (tokens.at(TokenKind.KW_IF)) {
                    return ifStatement();
                }
                return tokens.at(TokenKind.LBRACE) ? new BlockStmt(pos, parseBlock()) : null;
            }
            default -> {
                if (isDeclaration()) {
                    TypeRef type = parser.types().parseType();
                    return local(pos, type);
                }
                Expr e = parser.expressions().parseExpression();
                if (e instanceof ErrorExpr) {
                    return new ExprStmt(pos, e);
                }
                // A trailing `match`/block needs no `;` (the corpus writes one; both read).
                if (!(e instanceof MatchExpr || e instanceof BlockExpr) || tokens.at(TokenKind.SEMI)) {
                    endOfStatement(() -> "after expression");
                }
                return new ExprStmt(pos, e);
            }
        }
    }

    /** {@code Type x}, {@code Type mut x}: a type scan followed by {@code mut} or a name. */
    private boolean isDeclaration() {
        int after = parser.scanner().scanType(tokens.index());
        if (after < 0) {
            return false;
        }
        TokenKind next = tokens.kindAt(after);
        return next == TokenKind.KW_MUT || next == TokenKind.IDENT;
    }

    /** {@code [mut] name = init;} after the type or {@code let}. */
    private Stmt local(SourcePos pos, TypeRef type) {
        boolean mutable = tokens.accept(TokenKind.KW_MUT);
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a variable name");
            return null;
        }
        String name = tokens.advance().text();
        Expr init;
        if (tokens.expect(TokenKind.ASSIGN, () -> "after `" + name + "`: a local needs an initial value")) {
            init = parser.expressions().parseExpression();
        } else {
            init = new ErrorExpr(tokens.missingPos());
            if (!tokens.at(TokenKind.SEMI)) {
                tokens.unexpected("`=`");
            }
        }
        endOfStatement(() -> "after the declaration of `" + name + "`");
        return new LocalDecl(pos, type, mutable, name, init);
    }

    private Stmt ifStatement() {
        SourcePos pos = tokens.advance().pos();
        Expr cond = parser.expressions().parseHead();
        Block then = parseBlock();
        Stmt otherwise = null;
        if (tokens.at(TokenKind.KW_ELSE)) {
            SourcePos elsePos = tokens.advance().pos();
            if (tokens.at(TokenKind.KW_IF)) {
                otherwise = ifStatement();
            } else {
                otherwise = new BlockStmt(elsePos, parseBlock());
            }
        }
        return new IfStmt(pos, cond, then, otherwise);
    }

    /** {@code for i in range(a, b) { }}. */
    private Stmt forStatement() {
        SourcePos pos = tokens.advance().pos();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a loop variable name after `for`");
            return null;
        }
        Token variable = tokens.advance();
        tokens.expect(TokenKind.KW_IN, "after the loop variable");
        Expr start;
        Expr end;
        Token range = tokens.peek();
        if (range.is(TokenKind.IDENT)
                && "range".equals(range.text())
                && tokens.peek(1).is(TokenKind.LPAREN)) {
            tokens.advance();
            List<Expr> bounds = tokens.commaList(
                    TokenKind.LPAREN,
                    TokenKind.RPAREN,
                    "range bounds",
                    TokenCursor.NO_CONTEXT,
                    parser.expressions()::parseNested);
            if (bounds.size() != 2) {
                tokens.report(
                        range.pos(),
                        beskid.lowering.diag.ErrorCode.INVALID_SYNTAX,
                        "`range` takes exactly two bounds: `range(start, end)`");
            }
            start = bounds.size() > 0 ? bounds.get(0) : new ErrorExpr(range.pos());
            end = bounds.size() > 1 ? bounds.get(1) : new ErrorExpr(range.pos());
        } else {
            tokens.expected("`range(start, end)`", "after `in`");
            // Whatever stands there instead, the loop body still follows: skip to it.
            tokens.skipTo(EnumSet.of(TokenKind.LBRACE, TokenKind.SEMI, TokenKind.RBRACE), -1);
            start = new ErrorExpr(range.pos());
            end = new ErrorExpr(range.pos());
        }
        return new ForStmt(pos, variable.text(), variable.pos(), start, end, parseBlock());
    }

    /**
     * Requires the {@code ;} ending a statement; skips the rest of the line when it is not there.
     * The context is built only when the {@code ;} is missing.
     */
    private void endOfStatement(Supplier<String> context) {
        if (tokens.accept(TokenKind.SEMI)) {
            return;
        }
        tokens.expected("`;`", context.get());
        if (!tokens.at(TokenKind.RBRACE)
                && tokens.peek().line() == tokens.previous().endLine()) {
            // `x = 1 2;`: more on the same line is garbage, not a new statement.
            synchronize();
        }
    }

    /**
     * Skips to a point where a statement can start: past a {@code ;}, before a {@code }}, or at
     * the first token of a later line. Bracketed groups are skipped whole.
     */
    void synchronize() {
        int line = tokens.previous().endLine();
        while (!tokens.atEnd()) {
            Token t = tokens.peek();
            if (t.is(TokenKind.SEMI)) {
                tokens.advance();
                return;
            }
            if (t.is(TokenKind.RBRACE) || t.line() > line) {
                return;
            }
            tokens.skipOne();
        }
    }
}
