package beskid.lowering.syntax;

import beskid.lowering.ast.AssignExpr;
import beskid.lowering.ast.AssignOp;
import beskid.lowering.ast.BinaryExpr;
import beskid.lowering.ast.BinaryOp;
import beskid.lowering.ast.BlockExpr;
import beskid.lowering.ast.BoolLit;
import beskid.lowering.ast.CallExpr;
import beskid.lowering.ast.CharLit;
import beskid.lowering.ast.EnumCtorExpr;
import beskid.lowering.ast.ErrorExpr;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FieldInit;
import beskid.lowering.ast.FloatLit;
import beskid.lowering.ast.IntLit;
import beskid.lowering.ast.LambdaExpr;
import beskid.lowering.ast.LambdaParam;
import beskid.lowering.ast.MatchArm;
import beskid.lowering.ast.MatchExpr;
import beskid.lowering.ast.MemberExpr;
import beskid.lowering.ast.NameExpr;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.Pattern;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.StringLit;
import beskid.lowering.ast.StringPart;
import beskid.lowering.ast.StructLit;
import beskid.lowering.ast.TryExpr;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.UnaryExpr;
import beskid.lowering.ast.UnaryOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expressions by precedence climbing, loosest first: assignment (right associative) · {@code ||}
 * · {@code &&} · equality · comparison · additive · multiplicative · unary · postfix · primary.
 * Lambdas and {@code match} are read where a primary starts (LANGUAGE.md lists them loosest;
 * reading them there also accepts them as operands, which the checker may reject).
 *
 * <p>Real nesting counts toward the nesting guard (E0107): brackets, unary operators,
 * blocks. The links of a flat chain such as {@code 1 + 2 + ... + n} do not: the tree's left
 * spine is then as long as the chain, and the checker and emitter walk such spines in loops.
 */
final class ExpressionParser {
    private final TokenCursor tokens;
    private final Parser parser;

    ExpressionParser(TokenCursor tokens, Parser parser) {
        this.tokens = tokens;
        this.parser = parser;
    }

    /** A full expression, including assignment. */
    Expr parseExpression() {
        if (!tokens.enter()) {
            tokens.leave();
            return new ErrorExpr(tokens.peek().pos());
        }
        try {
            return assignment();
        } finally {
            tokens.leave();
        }
    }

    /** A full expression in the head of if/while/for/match: {@code Name {} there opens the body. */
    Expr parseHead() {
        boolean was = tokens.allowStructLiterals(false);
        try {
            return parseExpression();
        } finally {
            tokens.allowStructLiterals(was);
        }
    }

    /** An expression inside brackets, where struct literals and lambdas are allowed again. */
    Expr parseNested() {
        boolean was = tokens.allowStructLiterals(true);
        boolean guard = tokens.setInGuard(false);
        try {
            return parseExpression();
        } finally {
            tokens.allowStructLiterals(was);
            tokens.setInGuard(guard);
        }
    }

    private Expr assignment() {
        Token first = tokens.peek(); // its position is made only for an assignment, the rare case
        Expr left = binary(1);
        AssignOp op = switch (tokens.kind()) {
            case ASSIGN -> AssignOp.ASSIGN;
            case PLUS_ASSIGN -> AssignOp.ADD_ASSIGN;
            case MINUS_ASSIGN -> AssignOp.SUB_ASSIGN;
            default -> null;
        };
        if (op == null) {
            return left;
        }
        tokens.advance();
        // Right associative: the value is itself a full expression (a lambda, match, a = b).
        return new AssignExpr(first.pos(), op, left, parseExpression());
    }

    private static int precedence(TokenKind k) {
        return switch (k) {
            case OR_OR -> 1;
            case AND_AND -> 2;
            case EQ, NE, ID_EQ, ID_NE -> 3;
            case LT, LE, GT, GE -> 4;
            case PLUS, MINUS -> 5;
            case STAR, SLASH, PERCENT -> 6;
            default -> 0;
        };
    }

    private static BinaryOp binaryOp(TokenKind k) {
        return switch (k) {
            case OR_OR -> BinaryOp.OR;
            case AND_AND -> BinaryOp.AND;
            case EQ -> BinaryOp.EQ;
            case NE -> BinaryOp.NE;
            case ID_EQ -> BinaryOp.ID_EQ;
            case ID_NE -> BinaryOp.ID_NE;
            case LT -> BinaryOp.LT;
            case LE -> BinaryOp.LE;
            case GT -> BinaryOp.GT;
            case GE -> BinaryOp.GE;
            case PLUS -> BinaryOp.ADD;
            case MINUS -> BinaryOp.SUB;
            case STAR -> BinaryOp.MUL;
            case SLASH -> BinaryOp.DIV;
            case PERCENT -> BinaryOp.REM;
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /**
     * Operators binding at least as tight as {@code minPrecedence}, left associative. A flat
     * chain is read in a loop and does not count toward the nesting guard: only real nesting
     * (brackets, unary operators, blocks) does. The right operand recurses only into tighter
     * levels, so the Java stack stays bounded by the precedence levels.
     */
    private Expr binary(int minPrecedence) {
        Expr left = unary();
        while (true) {
            int p = precedence(tokens.kind());
            if (p == 0 || p < minPrecedence) {
                return left;
            }
            Token op = tokens.advance();
            Expr right = binary(p + 1);
            left = new BinaryExpr(op.pos(), binaryOp(op.kind()), left, right);
        }
    }

    private Expr unary() {
        UnaryOp op = tokens.at(TokenKind.MINUS) ? UnaryOp.NEG : tokens.at(TokenKind.BANG) ? UnaryOp.NOT : null;
        if (op == null) {
            return postfix();
        }
        SourcePos pos = tokens.peek().pos();
        if (!tokens.enter()) {
            tokens.leave();
            return new ErrorExpr(pos);
        }
        try {
            tokens.advance();
            return new UnaryExpr(pos, op, unary());
        } finally {
            tokens.leave();
        }
    }

    private Expr postfix() {
        Expr e = primary();
        int entered = 0;
        try {
            while (true) {
                TokenKind k = tokens.kind();
                if (k != TokenKind.LPAREN
                        && k != TokenKind.DOT
                        && k != TokenKind.QUESTION
                        && k != TokenKind.COLON_COLON
                        && k != TokenKind.LBRACE) {
                    return e;
                }
                if (k == TokenKind.LBRACE && !startsStructBody(tokens.index())) {
                    return e;
                }
                boolean named = k == TokenKind.COLON_COLON || k == TokenKind.LBRACE;
                List<String> path = named ? pathOf(e) : null;
                if (named && path == null) {
                    return e;
                }
                entered++;
                if (!tokens.enter()) {
                    return e;
                }
                e = switch (k) {
                    case LPAREN -> call(e);
                    case DOT -> member(e);
                    case QUESTION -> new TryExpr(tokens.advance().pos(), e);
                    case COLON_COLON -> enumCtor(new NamedType(startOf(e), path, List.of()));
                    default -> structLit(new NamedType(startOf(e), path, List.of()));
                };
            }
        } finally {
            for (int i = 0; i < entered; i++) {
                tokens.leave();
            }
        }
    }

    private Expr call(Expr callee) {
        SourcePos pos = tokens.peek().pos();
        List<Expr> args = tokens.commaList(
                TokenKind.LPAREN, TokenKind.RPAREN, "arguments", TokenCursor.NO_CONTEXT, this::argument);
        return new CallExpr(pos, callee, List.copyOf(args));
    }

    /**
     * A call argument. {@code ref x} / {@code out x} may mark an argument passed to a ref or out
     * parameter; the mode is the parameter's, so the marker is read and dropped (the checker
     * requires a mutable local there either way).
     */
    private Expr argument() {
        TokenKind marker = null;
        if (tokens.at(TokenKind.KW_REF) || tokens.at(TokenKind.KW_OUT)) {
            marker = tokens.advance().kind();
        }
        Expr argument = parseNested();
        parser.markedArgument(argument, marker);
        return argument;
    }

    private Expr member(Expr target) {
        tokens.advance();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.expected("a member name", "after `.`");
            return target;
        }
        Token name = tokens.advance();
        // Only `a.B<T>` can be a generic type's name; a member access needs no path.
        List<String> path = tokens.at(TokenKind.LT) ? pathOf(target) : null;
        if (path != null && isGenericTypeName(tokens.index())) {
            List<String> full = new ArrayList<>(path);
            full.add(name.text());
            NamedType type = new NamedType(
                    startOf(target), List.copyOf(full), parser.types().parseTypeArgs());
            return afterGenericType(type);
        }
        return new MemberExpr(name.pos(), target, name.text());
    }

    /**
     * After {@code Name<Args>} in an expression: the lookahead guaranteed that {@code ::} or a
     * struct body follows.
     */
    private Expr afterGenericType(NamedType type) {
        if (tokens.at(TokenKind.COLON_COLON)) {
            return enumCtor(type);
        }
        return structLit(type);
    }

    /** {@code ::V}, {@code ::V()} or {@code ::V(args)} after an enum type. */
    private Expr enumCtor(NamedType type) {
        tokens.advance();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.expected("a variant name", "after `::`");
            return new ErrorExpr(type.pos());
        }
        String variant = tokens.advance().text();
        if (!tokens.at(TokenKind.LPAREN)) {
            return new EnumCtorExpr(type.pos(), type, variant, List.of(), false);
        }
        List<Expr> args = tokens.commaList(
                TokenKind.LPAREN, TokenKind.RPAREN, "arguments", TokenCursor.NO_CONTEXT, this::parseNested);
        return new EnumCtorExpr(type.pos(), type, variant, List.copyOf(args), true);
    }

    /** {@code T { f: e, .. }}. */
    private Expr structLit(NamedType type) {
        List<FieldInit> fields =
                tokens.commaList(TokenKind.LBRACE, TokenKind.RBRACE, "fields", TokenCursor.NO_CONTEXT, this::fieldInit);
        return new StructLit(type.pos(), type, List.copyOf(fields));
    }

    private FieldInit fieldInit() {
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a field name");
            return null;
        }
        Token name = tokens.advance();
        tokens.expect(TokenKind.COLON, () -> "after the field name `" + name.text() + "`");
        return new FieldInit(name.pos(), name.text(), parseNested());
    }

    /**
     * Whether the {@code {} at {@code i} opens a struct literal body: allowed here (not in a
     * control-flow head), and empty or starting with a field name. Where struct literals are
     * allowed a path followed by a block is never valid, so {@code P { x 1 }} is read as a
     * struct literal and reported at the missing {@code :}.
     */
    private boolean startsStructBody(int i) {
        if (!tokens.structLiteralsAllowed() || tokens.kindAt(i) != TokenKind.LBRACE) {
            return false;
        }
        TokenKind next = tokens.kindAt(i + 1);
        return next == TokenKind.RBRACE || next == TokenKind.IDENT;
    }

    /** Whether the {@code <} at {@code lt} opens type arguments followed by {@code ::} or a struct body. */
    private boolean isGenericTypeName(int lt) {
        int after = parser.scanner().scanTypeArgs(lt);
        return after > 0 && (tokens.kindAt(after) == TokenKind.COLON_COLON || startsStructBody(after));
    }

    /** The dotted path of {@code a.b.c}, or null when {@code e} is not a plain path. */
    private static List<String> pathOf(Expr e) {
        List<String> reversed = new ArrayList<>();
        Expr cur = e;
        while (cur instanceof MemberExpr m) {
            reversed.add(m.name());
            cur = m.target();
        }
        if (!(cur instanceof NameExpr n)) {
            return null;
        }
        reversed.add(n.name());
        List<String> path = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            path.add(reversed.get(i));
        }
        return List.copyOf(path);
    }

    /** Where a path expression starts (MemberExpr positions name the member, not the start). */
    private static SourcePos startOf(Expr e) {
        Expr cur = e;
        while (cur instanceof MemberExpr m) {
            cur = m.target();
        }
        return cur.pos();
    }

    // ---- primary ------------------------------------------------------------------------

    private Expr primary() {
        Token t = tokens.peek();
        switch (t.kind()) {
            case INT -> {
                tokens.advance();
                return new IntLit(t.pos(), t.intValue());
            }
            case FLOAT -> {
                tokens.advance();
                return new FloatLit(t.pos(), Double.parseDouble(t.text()));
            }
            case CHAR -> {
                tokens.advance();
                return new CharLit(t.pos(), t.text().codePointAt(0));
            }
            case KW_TRUE, KW_FALSE -> {
                tokens.advance();
                return new BoolLit(t.pos(), t.kind() == TokenKind.KW_TRUE);
            }
            case STRING -> {
                tokens.advance();
                return new StringLit(t.pos(), t.text().isEmpty() ? List.of() : List.of(new StringPart.Text(t.text())));
            }
            case STRING_HEAD -> {
                return interpolatedString();
            }
            case IDENT -> {
                tokens.advance();
                if (tokens.at(TokenKind.LT) && isGenericTypeName(tokens.index())) {
                    NamedType type = new NamedType(
                            t.pos(), List.of(t.text()), parser.types().parseTypeArgs());
                    return afterGenericType(type);
                }
                return new NameExpr(t.pos(), t.text());
            }
            case LPAREN -> {
                int close = tokens.partner(tokens.index());
                // In `when (x > 0) =>` the arrow belongs to the arm, not to a lambda.
                if (close > 0 && tokens.kindAt(close + 1) == TokenKind.ARROW && !tokens.inGuard()) {
                    return lambda();
                }
                tokens.advance();
                Expr inner = parseNested();
                tokens.expect(TokenKind.RPAREN, "to close the parenthesized expression");
                parser.parenthesized(inner);
                return inner;
            }
            case LBRACE -> {
                if (!tokens.structLiteralsAllowed()) {
                    // `if {`: the condition is missing and this brace opens the body.
                    tokens.unexpected("an expression");
                    return new ErrorExpr(t.pos());
                }
                return new BlockExpr(t.pos(), parser.statements().parseBlock());
            }
            case KW_MATCH -> {
                return match();
            }
            default -> {
                tokens.unexpected("an expression");
                return new ErrorExpr(t.pos());
            }
        }
    }

    /** {@code "a${x}b"} as lexed: STRING_HEAD expr (STRING_MID expr)* STRING_TAIL. */
    private Expr interpolatedString() {
        Token head = tokens.advance();
        int tail = tokens.partner(tokens.index() - 1);
        List<StringPart> parts = new ArrayList<>();
        addText(parts, head.text());
        while (true) {
            parts.add(new StringPart.Interpolation(parseNested()));
            if (tokens.at(TokenKind.STRING_MID)) {
                addText(parts, tokens.advance().text());
                continue;
            }
            if (tokens.at(TokenKind.STRING_TAIL)) {
                addText(parts, tokens.advance().text());
                return new StringLit(head.pos(), List.copyOf(parts));
            }
            tokens.expected("`}`", "to close the interpolation");
            // Skip the rest of this interpolation, then go on with the string's next part.
            tokens.skipTo(EnumSet.of(TokenKind.STRING_MID, TokenKind.STRING_TAIL), tail);
            if (tokens.at(TokenKind.STRING_MID)) {
                addText(parts, tokens.advance().text());
                continue;
            }
            if (tokens.at(TokenKind.STRING_TAIL)) {
                addText(parts, tokens.advance().text());
            }
            return new StringLit(head.pos(), List.copyOf(parts));
        }
    }

    private static void addText(List<StringPart> parts, String text) {
        if (!text.isEmpty()) {
            parts.add(new StringPart.Text(text));
        }
    }

    /** {@code (i32 x, y) => expr} or {@code (..) => { block }}; the caller saw the arrow. */
    private Expr lambda() {
        SourcePos pos = tokens.peek().pos();
        List<LambdaParam> params = tokens.commaList(
                TokenKind.LPAREN, TokenKind.RPAREN, "lambda parameters", TokenCursor.NO_CONTEXT, this::lambdaParam);
        tokens.expect(TokenKind.ARROW, "after the lambda parameters");
        Expr body = tokens.at(TokenKind.LBRACE)
                ? new BlockExpr(tokens.peek().pos(), parser.statements().parseBlock())
                : parseNested();
        return new LambdaExpr(pos, List.copyOf(params), body);
    }

    private LambdaParam lambdaParam() {
        SourcePos pos = tokens.peek().pos();
        if (tokens.at(TokenKind.IDENT)
                && (tokens.peek(1).is(TokenKind.COMMA) || tokens.peek(1).is(TokenKind.RPAREN))) {
            return new LambdaParam(pos, null, tokens.advance().text());
        }
        TypeRef type = parser.types().parseType();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.expected("a parameter name", "after the parameter type");
            return null;
        }
        return new LambdaParam(pos, type, tokens.advance().text());
    }

    /** {@code match e { pattern [when guard] => body, .. }}. */
    private Expr match() {
        SourcePos pos = tokens.advance().pos();
        Expr scrutinee = parseHead();
        if (!tokens.at(TokenKind.LBRACE)) {
            tokens.expected("`{`", "after the `match` expression");
            return new MatchExpr(pos, scrutinee, List.of());
        }
        int close = tokens.partner(tokens.index());
        tokens.advance();
        boolean was = tokens.allowStructLiterals(true);
        List<MatchArm> arms = new ArrayList<>();
        try {
            while (!tokens.at(TokenKind.RBRACE) && !tokens.atEnd()) {
                int before = tokens.index();
                MatchArm arm = arm();
                tokens.takeSyncRequest(); // recovered below, at this arm's comma
                if (arm != null) {
                    arms.add(arm);
                }
                boolean blockBody = arm != null && arm.body() instanceof BlockExpr;
                if (tokens.accept(TokenKind.COMMA)
                        || tokens.at(TokenKind.RBRACE)
                        || (blockBody && tokens.index() > before)) {
                    continue;
                }
                tokens.expected("`,` or `}`", "after a match arm");
                tokens.skipTo(EnumSet.of(TokenKind.COMMA), close);
                tokens.accept(TokenKind.COMMA);
                if (tokens.index() == before) {
                    tokens.advance();
                }
            }
        } finally {
            tokens.allowStructLiterals(was);
        }
        tokens.expect(TokenKind.RBRACE, "to close the `match` arms");
        return new MatchExpr(pos, scrutinee, List.copyOf(arms));
    }

    private MatchArm arm() {
        SourcePos pos = tokens.peek().pos();
        Pattern pattern = parser.patterns().parsePattern();
        Expr guard = null;
        if (tokens.accept(TokenKind.KW_WHEN)) {
            boolean was = tokens.setInGuard(true);
            try {
                guard = parseExpression();
            } finally {
                tokens.setInGuard(was);
            }
        }
        if (!tokens.expect(TokenKind.ARROW, "after the match pattern")) {
            return null;
        }
        return new MatchArm(pos, pattern, guard, parseExpression());
    }
}
