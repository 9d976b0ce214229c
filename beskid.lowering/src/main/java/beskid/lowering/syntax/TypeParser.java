package beskid.lowering.syntax;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Types: {@code a.b.Name<Args>}, {@code T[]}, {@code ref T}, {@code R(A, B)} and
 * {@code (A, B) => R}. A type the parser cannot read becomes {@code NamedType} with the path
 * {@code <error>}, a name no declaration can have, after an error was reported.
 */
final class TypeParser {
    /** The name of the stand-in type after a syntax error. */
    static final String ERROR_NAME = NamedType.ERROR_NAME;

    private final TokenCursor tokens;
    private final TypeScanner scanner;

    TypeParser(TokenCursor tokens, TypeScanner scanner) {
        this.tokens = tokens;
        this.scanner = scanner;
    }

    TypeRef parseType() {
        SourcePos pos = tokens.peek().pos();
        if (!tokens.enter()) {
            tokens.leave();
            return errorType(pos);
        }
        try {
            return type(pos);
        } finally {
            tokens.leave();
        }
    }

    private TypeRef type(SourcePos pos) {
        if (tokens.accept(TokenKind.KW_REF)) {
            return new RefType(pos, parseType());
        }
        if (tokens.at(TokenKind.LPAREN)) {
            List<TypeRef> params = tokens.commaList(
                    TokenKind.LPAREN, TokenKind.RPAREN, "parameter types", TokenCursor.NO_CONTEXT, this::parseType);
            tokens.expect(TokenKind.ARROW, "after the parameter types of a function type");
            return new FunctionType(pos, parseType(), params);
        }
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a type");
            return errorType(pos);
        }
        TypeRef result = parseNamedType();
        while (true) {
            if (tokens.at(TokenKind.LBRACKET) && tokens.peek(1).is(TokenKind.RBRACKET)) {
                tokens.advance();
                tokens.advance();
                result = new ArrayType(pos, result);
            } else if (tokens.at(TokenKind.LPAREN) && isTypeList(tokens.index())) {
                List<TypeRef> params = tokens.commaList(
                        TokenKind.LPAREN, TokenKind.RPAREN, "parameter types", TokenCursor.NO_CONTEXT, this::parseType);
                result = new FunctionType(pos, result, params);
            } else {
                return result;
            }
        }
    }

    /** Whether the parenthesized group at {@code open} holds only types (so {@code R(A)} is a type). */
    private boolean isTypeList(int open) {
        int close = tokens.partner(open);
        if (close < 0) {
            return false;
        }
        if (close == open + 1) {
            return true;
        }
        int i = open + 1;
        while (true) {
            i = scanner.scanType(i);
            if (i < 0 || i > close) {
                return false;
            }
            if (i == close) {
                return true;
            }
            if (tokens.kindAt(i) != TokenKind.COMMA) {
                return false;
            }
            i++;
        }
    }

    /** {@code a.b.Name<Args>}; the caller has checked that an identifier is next. */
    NamedType parseNamedType() {
        SourcePos pos = tokens.peek().pos();
        String first = tokens.advance().text();
        List<String> path;
        if (tokens.at(TokenKind.DOT) && tokens.peek(1).is(TokenKind.IDENT)) {
            List<String> parts = new ArrayList<>();
            parts.add(first);
            while (tokens.at(TokenKind.DOT) && tokens.peek(1).is(TokenKind.IDENT)) {
                tokens.advance();
                parts.add(tokens.advance().text());
            }
            path = List.copyOf(parts);
        } else {
            path = List.of(first); // a plain name, the common case: no list to copy
        }
        List<TypeRef> args = tokens.at(TokenKind.LT) ? parseTypeArgs() : List.of();
        return new NamedType(pos, path, args);
    }

    /** {@code <A, B>}; the caller has checked that {@code <} is next. */
    List<TypeRef> parseTypeArgs() {
        List<TypeRef> args = new ArrayList<>();
        tokens.advance();
        while (true) {
            args.add(parseType());
            if (tokens.accept(TokenKind.COMMA)) {
                continue;
            }
            tokens.expect(TokenKind.GT, "to close the type arguments");
            return List.copyOf(args);
        }
    }

    /** {@code <T, U>} after a declared name; empty when absent. */
    List<String> parseTypeParams() {
        if (!tokens.at(TokenKind.LT)) {
            return List.of();
        }
        tokens.advance();
        List<String> names = new ArrayList<>();
        while (true) {
            if (tokens.at(TokenKind.IDENT)) {
                names.add(tokens.advance().text());
            } else {
                tokens.expected("a type parameter name", "");
                tokens.skipTo(java.util.EnumSet.of(TokenKind.GT, TokenKind.LPAREN, TokenKind.LBRACE), -1);
                tokens.accept(TokenKind.GT);
                return List.copyOf(names);
            }
            if (tokens.accept(TokenKind.COMMA)) {
                continue;
            }
            tokens.expect(TokenKind.GT, "to close the type parameters");
            return List.copyOf(names);
        }
    }

    static NamedType errorType(SourcePos pos) {
        return new NamedType(pos, List.of(ERROR_NAME), List.of());
    }
}
