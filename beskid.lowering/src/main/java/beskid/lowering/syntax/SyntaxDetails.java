package beskid.lowering.syntax;

import beskid.lowering.ast.Expr;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the syntax tree leaves out but a tool that reprints source needs: the tokens, the
 * comments, how many parentheses were written around each expression, and the {@code ref} /
 * {@code out} marker written before a call argument. Filled by
 * {@link Parser#parse(SourceText, beskid.lowering.diag.Diagnostics, SyntaxDetails)}; the
 * checker and the emitters never need it, so plain parsing does not collect it.
 */
public final class SyntaxDetails {
    private List<Token> tokens = List.of();
    private final List<Comment> comments = new ArrayList<>();
    // Nodes are records (equal by value); identity tells two equal `x`s apart.
    private final Map<Expr, Integer> parens = new IdentityHashMap<>();
    private final Map<Expr, TokenKind> argumentMarkers = new IdentityHashMap<>();

    /** Every token of the file, ending with EOF. */
    public List<Token> tokens() {
        return tokens;
    }

    /** Every comment of the file in source order. */
    public List<Comment> comments() {
        return comments;
    }

    /** How many pairs of parentheses were written directly around {@code e}. */
    public int parens(Expr e) {
        return parens.getOrDefault(e, 0);
    }

    /** {@link TokenKind#KW_REF} or {@link TokenKind#KW_OUT} when written before argument {@code e}, else null. */
    public TokenKind argumentMarker(Expr e) {
        return argumentMarkers.get(e);
    }

    void tokens(List<Token> all) {
        tokens = all;
    }

    void parenthesized(Expr e) {
        parens.merge(e, 1, Integer::sum);
    }

    void marked(Expr argument, TokenKind marker) {
        argumentMarkers.put(argument, marker);
    }
}
