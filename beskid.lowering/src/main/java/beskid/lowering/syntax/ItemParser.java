package beskid.lowering.syntax;

import beskid.lowering.ast.AttributeArg;
import beskid.lowering.ast.AttributeDecl;
import beskid.lowering.ast.AttributeParam;
import beskid.lowering.ast.AttributeUse;
import beskid.lowering.ast.Block;
import beskid.lowering.ast.ContractDecl;
import beskid.lowering.ast.EnumDecl;
import beskid.lowering.ast.EventDecl;
import beskid.lowering.ast.Expr;
import beskid.lowering.ast.FieldDecl;
import beskid.lowering.ast.FunctionDecl;
import beskid.lowering.ast.ImplDecl;
import beskid.lowering.ast.InlineModDecl;
import beskid.lowering.ast.Item;
import beskid.lowering.ast.ModDecl;
import beskid.lowering.ast.Param;
import beskid.lowering.ast.ParamMode;
import beskid.lowering.ast.SourcePos;
import beskid.lowering.ast.TypeDecl;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.ast.UseDecl;
import beskid.lowering.ast.VariantDecl;
import beskid.lowering.diag.ErrorCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Items: functions, {@code type}, {@code enum}, {@code contract}, {@code impl}, {@code mod},
 * {@code use}, {@code attribute} and {@code test} (the last in {@link TestParser}). Each item
 * may start with {@code ///} doc lines, {@code [Attributes]} and {@code pub}.
 *
 * <p>Recovery: after an item that cannot be read, tokens are skipped to the next item keyword,
 * past a {@code ;} or past a whole {@code { }} group.
 */
final class ItemParser {
    private static final Set<TokenKind> ITEM_KEYWORDS = EnumSet.of(
            TokenKind.KW_TYPE,
            TokenKind.KW_ENUM,
            TokenKind.KW_CONTRACT,
            TokenKind.KW_ATTRIBUTE,
            TokenKind.KW_IMPL,
            TokenKind.KW_MOD,
            TokenKind.KW_USE,
            TokenKind.KW_TEST,
            TokenKind.KW_PUB,
            TokenKind.LBRACKET);

    private final TokenCursor tokens;
    private final Parser parser;
    private final TestParser tests;

    /** What may precede an item's keyword. */
    private record Prefix(SourcePos pos, String doc, List<AttributeUse> attributes, Token pub) {}

    ItemParser(TokenCursor tokens, Parser parser) {
        this.tokens = tokens;
        this.parser = parser;
        this.tests = new TestParser(tokens, parser);
    }

    /** Items up to the end of the file, or up to a {@code }} when {@code nested}. */
    List<Item> parseItems(boolean nested) {
        List<Item> items = new ArrayList<>();
        while (!tokens.atEnd() && !(nested && tokens.at(TokenKind.RBRACE))) {
            int before = tokens.index();
            Item item = parseItem();
            if (item != null) {
                items.add(item);
            }
            // Inner parsers recover locally; only an item that could not be read needs skipping.
            tokens.takeSyncRequest();
            if (item == null || tokens.index() == before) {
                synchronize(nested, before);
            }
        }
        return items;
    }

    /**
     * Skips to where an item can start: an item keyword, past a {@code ;} or a {@code { }} group,
     * or the first token of a later line (items start lines; a function has no keyword).
     */
    private void synchronize(boolean nested, int before) {
        if (tokens.index() == before && !tokens.atEnd() && !(nested && tokens.at(TokenKind.RBRACE))) {
            tokens.skipOne();
        }
        int line = tokens.previous().endLine();
        while (!tokens.atEnd()) {
            TokenKind k = tokens.kind();
            if (ITEM_KEYWORDS.contains(k)
                    || (nested && k == TokenKind.RBRACE)
                    || (tokens.peek().line() > line && startsLine(tokens.index()))) {
                return;
            }
            if (k == TokenKind.SEMI) {
                tokens.advance();
                return;
            }
            if (k == TokenKind.LBRACE) {
                tokens.skipOne();
                return;
            }
            tokens.skipOne();
        }
    }

    private boolean startsLine(int i) {
        return i == 0 || tokens.tokenAt(i - 1).endLine() < tokens.tokenAt(i).line();
    }

    private Item parseItem() {
        Token first = tokens.peek();
        List<AttributeUse> attrs = attributes();
        String doc = docOf(first);
        Token pub = tokens.at(TokenKind.KW_PUB) ? tokens.advance() : null;
        Prefix prefix = new Prefix(first.pos(), doc, attrs, pub);
        switch (tokens.kind()) {
            case KW_TYPE -> {
                return typeDecl(prefix);
            }
            case KW_ENUM -> {
                return enumDecl(prefix);
            }
            case KW_CONTRACT -> {
                return contractDecl(prefix);
            }
            case KW_IMPL -> {
                noPub(prefix, "`impl`");
                noAttributes(prefix, "`impl`");
                return implDecl(prefix);
            }
            case KW_MOD -> {
                return modDecl(prefix);
            }
            case KW_USE -> {
                noPub(prefix, "`use`");
                noAttributes(prefix, "`use`");
                return useDecl(prefix);
            }
            case KW_ATTRIBUTE -> {
                noPub(prefix, "`attribute`");
                noAttributes(prefix, "`attribute`");
                return attributeDecl(prefix);
            }
            case KW_TEST -> {
                noPub(prefix, "`test`");
                return tests.parseTest(prefix.pos(), prefix.attributes());
            }
            case IDENT, LPAREN, KW_REF -> {
                return function(prefix, true);
            }
            default -> {
                tokens.unexpected("an item (a function, `type`, `enum`, `contract`, `impl`, `mod`, `use`, "
                        + "`attribute` or `test`)");
                return null;
            }
        }
    }

    /** The doc before the item, written before its attributes or between them and the rest. */
    private String docOf(Token first) {
        return first.doc() != null ? first.doc() : tokens.peek().doc();
    }

    private void noPub(Prefix prefix, String what) {
        if (prefix.pub() != null) {
            tokens.report(prefix.pub().pos(), ErrorCode.MISPLACED_MODIFIER, "`pub` is not allowed on " + what);
        }
    }

    private void noAttributes(Prefix prefix, String what) {
        if (!prefix.attributes().isEmpty()) {
            tokens.report(
                    prefix.attributes().get(0).pos(),
                    ErrorCode.MISPLACED_MODIFIER,
                    "attributes are not allowed on " + what);
        }
    }

    // ---- attributes ---------------------------------------------------------------------

    /** {@code [Name(arg: expr, ..)]} repeated; empty when none. */
    List<AttributeUse> attributes() {
        List<AttributeUse> out = new ArrayList<>();
        while (tokens.at(TokenKind.LBRACKET)) {
            int close = tokens.partner(tokens.index());
            SourcePos pos = tokens.advance().pos();
            if (!tokens.at(TokenKind.IDENT)) {
                tokens.expected("an attribute name", "after `[`");
                tokens.seek(close >= 0 ? close + 1 : tokens.index());
                continue;
            }
            String name = tokens.advance().text();
            List<AttributeArg> args = tokens.at(TokenKind.LPAREN)
                    ? tokens.commaList(
                            TokenKind.LPAREN,
                            TokenKind.RPAREN,
                            "attribute arguments",
                            TokenCursor.NO_CONTEXT,
                            this::attributeArg)
                    : List.of();
            if (!tokens.expect(TokenKind.RBRACKET, "to close the attribute") && close >= 0) {
                tokens.seek(close + 1);
            }
            out.add(new AttributeUse(pos, name, List.copyOf(args)));
        }
        return List.copyOf(out);
    }

    private AttributeArg attributeArg() {
        SourcePos pos = tokens.peek().pos();
        if (tokens.at(TokenKind.IDENT) && tokens.peek(1).is(TokenKind.COLON)) {
            String name = tokens.advance().text();
            tokens.advance();
            return new AttributeArg(pos, name, parser.expressions().parseNested());
        }
        return new AttributeArg(pos, null, parser.expressions().parseNested());
    }

    // ---- functions ----------------------------------------------------------------------

    /** {@code Type name<T>(params) { body }} or {@code ... ;} without a body. */
    private FunctionDecl function(Prefix prefix, boolean bodyExpected) {
        TypeRef returnType = parser.types().parseType();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a function name after the return type");
            return null;
        }
        String name = tokens.advance().text();
        List<String> typeParams = parser.types().parseTypeParams();
        if (!tokens.at(TokenKind.LPAREN)) {
            tokens.unexpected("`(` to start the parameters of `" + name + "`");
            return null;
        }
        List<Param> params = parameters(() -> "of `" + name + "`");
        Block body = null;
        if (tokens.at(TokenKind.LBRACE)) {
            body = parser.statements().parseBlock();
            if (!bodyExpected) {
                tokens.report(body.pos(), ErrorCode.INVALID_SYNTAX, "a contract method has no body");
            }
        } else if (!tokens.accept(TokenKind.SEMI)) {
            tokens.expected(bodyExpected ? "`{` or `;`" : "`;`", "after the signature of `" + name + "`");
        }
        return new FunctionDecl(
                prefix.pos(),
                prefix.pub() != null,
                prefix.attributes(),
                prefix.doc(),
                returnType,
                name,
                typeParams,
                List.copyOf(params),
                body);
    }

    /** {@code (Type a, ref Type b, out Type c)}, trailing comma allowed. */
    List<Param> parameters(Supplier<String> context) {
        return tokens.commaList(TokenKind.LPAREN, TokenKind.RPAREN, "parameters", context, this::parameter);
    }

    private Param parameter() {
        SourcePos pos = tokens.peek().pos();
        ParamMode mode = tokens.accept(TokenKind.KW_REF)
                ? ParamMode.REF
                : tokens.accept(TokenKind.KW_OUT) ? ParamMode.OUT : ParamMode.VALUE;
        TypeRef type = parser.types().parseType();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.expected("a parameter name", "after the parameter type");
            return null;
        }
        return new Param(pos, mode, type, tokens.advance().text());
    }

    // ---- type, enum, contract, impl -----------------------------------------------------

    /** {@code type Name<T> : C1, C2 { Type field, event{N} Ev(params), .. }}. */
    private TypeDecl typeDecl(Prefix prefix) {
        tokens.advance();
        String name = declaredName("`type`");
        if (name == null) {
            return null;
        }
        List<String> typeParams = parser.types().parseTypeParams();
        List<TypeRef> contracts = new ArrayList<>();
        if (tokens.accept(TokenKind.COLON)) {
            do {
                contracts.add(parser.types().parseType());
            } while (tokens.accept(TokenKind.COMMA));
        }
        List<FieldDecl> fields = new ArrayList<>();
        List<EventDecl> events = new ArrayList<>();
        tokens.commaList(
                TokenKind.LBRACE, TokenKind.RBRACE, "fields", () -> "to start the body of `" + name + "`", () -> {
                    if (tokens.at(TokenKind.KW_EVENT)) {
                        EventDecl event = event();
                        if (event != null) {
                            events.add(event);
                        }
                    } else {
                        FieldDecl field = field();
                        if (field != null) {
                            fields.add(field);
                        }
                    }
                    return null;
                });
        return new TypeDecl(
                prefix.pos(),
                prefix.pub() != null,
                prefix.attributes(),
                prefix.doc(),
                name,
                typeParams,
                List.copyOf(contracts),
                List.copyOf(fields),
                List.copyOf(events));
    }

    /** {@code event{N} Name(params)}; N defaults to 8. */
    private EventDecl event() {
        SourcePos pos = tokens.advance().pos();
        int capacity = 8;
        if (tokens.accept(TokenKind.LBRACE)) {
            Token n = tokens.peek();
            if (n.is(TokenKind.INT)) {
                tokens.advance();
                capacity = capacity(n);
            } else {
                tokens.expected("the event capacity (a number)", "after `event{`");
            }
            tokens.expect(TokenKind.RBRACE, "after the event capacity");
        }
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("an event name");
            return null;
        }
        String name = tokens.advance().text();
        List<Param> params = parameters(() -> "of event `" + name + "`");
        return new EventDecl(pos, capacity, name, params);
    }

    private int capacity(Token n) {
        java.math.BigInteger value = n.intValue();
        if (value.signum() <= 0 || value.bitLength() > 31) {
            tokens.report(n.pos(), ErrorCode.INVALID_SYNTAX, "event capacity must be between 1 and 2147483647");
            return 8;
        }
        return value.intValue();
    }

    private FieldDecl field() {
        SourcePos pos = tokens.peek().pos();
        TypeRef type = parser.types().parseType();
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.expected("a field name", "after the field type");
            return null;
        }
        return new FieldDecl(pos, type, tokens.advance().text());
    }

    /** {@code enum Name<T> { A(Type f, ..), B, }}. */
    private EnumDecl enumDecl(Prefix prefix) {
        tokens.advance();
        String name = declaredName("`enum`");
        if (name == null) {
            return null;
        }
        List<String> typeParams = parser.types().parseTypeParams();
        List<VariantDecl> variants = tokens.commaList(
                TokenKind.LBRACE,
                TokenKind.RBRACE,
                "variants",
                () -> "to start the variants of `" + name + "`",
                this::variant);
        return new EnumDecl(
                prefix.pos(),
                prefix.pub() != null,
                prefix.attributes(),
                prefix.doc(),
                name,
                typeParams,
                List.copyOf(variants));
    }

    private VariantDecl variant() {
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a variant name");
            return null;
        }
        Token name = tokens.advance();
        List<FieldDecl> fields = tokens.at(TokenKind.LPAREN)
                ? tokens.commaList(TokenKind.LPAREN, TokenKind.RPAREN, "fields", TokenCursor.NO_CONTEXT, this::field)
                : List.of();
        return new VariantDecl(name.pos(), name.text(), List.copyOf(fields));
    }

    /** {@code contract Name { Type m(Type a); Other; }}. */
    private ContractDecl contractDecl(Prefix prefix) {
        tokens.advance();
        String name = declaredName("`contract`");
        if (name == null) {
            return null;
        }
        if (tokens.at(TokenKind.LT)) {
            SourcePos at = tokens.peek().pos();
            parser.types().parseTypeParams();
            tokens.report(at, ErrorCode.INVALID_SYNTAX, "a contract takes no type parameters");
        }
        List<FunctionDecl> methods = new ArrayList<>();
        List<TypeRef> embedded = new ArrayList<>();
        members("the body of contract `" + name + "`", () -> {
            int after = parser.scanner().scanType(tokens.index());
            if (after > 0
                    && tokens.kindAt(after) == TokenKind.SEMI
                    && tokens.peek().is(TokenKind.IDENT)) {
                embedded.add(parser.types().parseType());
                tokens.advance();
                return;
            }
            FunctionDecl method = memberFunction(false);
            if (method != null) {
                methods.add(method);
            }
        });
        return new ContractDecl(
                prefix.pos(),
                prefix.pub() != null,
                prefix.attributes(),
                prefix.doc(),
                name,
                List.copyOf(methods),
                List.copyOf(embedded));
    }

    /** {@code impl Type { methods }}. */
    private ImplDecl implDecl(Prefix prefix) {
        tokens.advance();
        TypeRef target = parser.types().parseType();
        List<FunctionDecl> methods = new ArrayList<>();
        members("the body of `impl`", () -> {
            FunctionDecl method = memberFunction(true);
            if (method != null) {
                methods.add(method);
            }
        });
        return new ImplDecl(prefix.pos(), target, List.copyOf(methods));
    }

    /** A method with its own doc, attributes and {@code pub}. */
    private FunctionDecl memberFunction(boolean bodyExpected) {
        Token first = tokens.peek();
        List<AttributeUse> attrs = attributes();
        String doc = docOf(first);
        Token pub = tokens.at(TokenKind.KW_PUB) ? tokens.advance() : null;
        if (!(tokens.at(TokenKind.IDENT) || tokens.at(TokenKind.LPAREN) || tokens.at(TokenKind.KW_REF))) {
            tokens.unexpected(bodyExpected ? "a method" : "a method signature or an embedded contract");
            return null;
        }
        return function(new Prefix(first.pos(), doc, attrs, pub), bodyExpected);
    }

    /** {@code { member* }} where each member is read by {@code member}, recovering per member. */
    private void members(String what, Runnable member) {
        if (!tokens.at(TokenKind.LBRACE)) {
            tokens.expected("`{`", "to start " + what);
            return;
        }
        int close = tokens.partner(tokens.index());
        tokens.advance();
        while (!tokens.at(TokenKind.RBRACE) && !tokens.atEnd()) {
            int before = tokens.index();
            member.run();
            if (tokens.takeSyncRequest() || tokens.index() == before) {
                // Skip the broken member: to its `;`, past its `{ }` body, or to the end.
                while (!tokens.atEnd() && tokens.index() != close && !tokens.at(TokenKind.RBRACE)) {
                    boolean group = tokens.at(TokenKind.LBRACE);
                    boolean semi = tokens.at(TokenKind.SEMI);
                    tokens.skipOne();
                    if (group || semi) {
                        break;
                    }
                }
            }
        }
        tokens.expect(TokenKind.RBRACE, () -> "to close " + what);
    }

    // ---- modules, use, attribute declarations -------------------------------------------

    /** {@code mod a.b;} or {@code mod name { items }}. */
    private Item modDecl(Prefix prefix) {
        tokens.advance();
        List<String> path = dottedPath("a module name after `mod`");
        if (path == null) {
            return null;
        }
        if (tokens.at(TokenKind.LBRACE)) {
            if (path.size() > 1) {
                tokens.report(prefix.pos(), ErrorCode.INVALID_SYNTAX, "an inline module has a simple name, not a path");
            }
            if (!tokens.enter()) {
                tokens.leave();
                return null;
            }
            try {
                tokens.advance();
                List<Item> items = parseItems(true);
                tokens.expect(TokenKind.RBRACE, () -> "to close module `" + String.join(".", path) + "`");
                return new InlineModDecl(
                        prefix.pos(),
                        prefix.pub() != null,
                        prefix.attributes(),
                        path.get(path.size() - 1),
                        List.copyOf(items));
            } finally {
                tokens.leave();
            }
        }
        if (prefix.pub() == null) {
            noAttributes(prefix, "a file's own module declaration (`mod a.b;`)");
        }
        tokens.expect(TokenKind.SEMI, "after the module path");
        return new ModDecl(prefix.pos(), prefix.pub() != null, prefix.attributes(), path);
    }

    /** {@code use a.b.C [as D];}. */
    private UseDecl useDecl(Prefix prefix) {
        tokens.advance();
        List<String> path = dottedPath("a module path after `use`");
        if (path == null) {
            return null;
        }
        String alias = null;
        if (tokens.at(TokenKind.IDENT) && "as".equals(tokens.peek().text())) {
            tokens.advance();
            if (tokens.at(TokenKind.IDENT)) {
                alias = tokens.advance().text();
            } else {
                tokens.expected("a name", "after `as`");
            }
        }
        tokens.expect(TokenKind.SEMI, "after the `use` path");
        return new UseDecl(prefix.pos(), path, alias);
    }

    /** {@code attribute Name(Target, ..) { param: Type = default, .. }}. */
    private AttributeDecl attributeDecl(Prefix prefix) {
        tokens.advance();
        String name = declaredName("`attribute`");
        if (name == null) {
            return null;
        }
        List<String> targets = tokens.at(TokenKind.LPAREN)
                ? tokens.commaList(
                        TokenKind.LPAREN, TokenKind.RPAREN, "targets", TokenCursor.NO_CONTEXT, this::attributeTarget)
                : List.of();
        List<AttributeParam> params = new ArrayList<>();
        members("the parameters of attribute `" + name + "`", () -> {
            AttributeParam p = attributeParam();
            if (p != null) {
                params.add(p);
            }
            if (!tokens.accept(TokenKind.COMMA) && !tokens.accept(TokenKind.SEMI) && !tokens.at(TokenKind.RBRACE)) {
                tokens.expected("`,` or `}`", "after an attribute parameter");
            }
        });
        return new AttributeDecl(prefix.pos(), name, List.copyOf(targets), List.copyOf(params));
    }

    /** A target name; item keywords ({@code test}, {@code mod}, {@code type}) count as names here. */
    private String attributeTarget() {
        boolean keyword = tokens.kind().isFixed()
                && Character.isLetter(tokens.kind().spelling().charAt(0));
        if (!tokens.at(TokenKind.IDENT) && !keyword) {
            tokens.unexpected("an attribute target");
            return null;
        }
        Token t = tokens.advance();
        return keyword ? t.kind().spelling() : t.text();
    }

    private AttributeParam attributeParam() {
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("an attribute parameter name");
            return null;
        }
        Token name = tokens.advance();
        tokens.expect(TokenKind.COLON, () -> "after the parameter name `" + name.text() + "`");
        TypeRef type = parser.types().parseType();
        Expr defaultValue =
                tokens.accept(TokenKind.ASSIGN) ? parser.expressions().parseNested() : null;
        return new AttributeParam(name.pos(), name.text(), type, defaultValue);
    }

    // ---- small pieces -------------------------------------------------------------------

    private String declaredName(String after) {
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected("a name after " + after);
            return null;
        }
        return tokens.advance().text();
    }

    private List<String> dottedPath(String what) {
        if (!tokens.at(TokenKind.IDENT)) {
            tokens.unexpected(what);
            return null;
        }
        List<String> path = new ArrayList<>();
        path.add(tokens.advance().text());
        while (tokens.at(TokenKind.DOT)) {
            tokens.advance();
            if (!tokens.at(TokenKind.IDENT)) {
                tokens.expected("a name", "after `.`");
                break;
            }
            path.add(tokens.advance().text());
        }
        return List.copyOf(path);
    }
}
