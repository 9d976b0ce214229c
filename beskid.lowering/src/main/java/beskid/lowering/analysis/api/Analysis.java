package beskid.lowering.analysis.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One consistent analysis of a workspace's documents. Every method answers for a document by
 * URI; an unknown document gives empty answers, never an exception.
 */
@ProviderType
public interface Analysis {
    /** The open documents this analysis covers. */
    List<String> documents();

    /** Syntax and type errors in a document, in source order. */
    List<AnalysisDiagnostic> diagnostics(String uri);

    /** The symbol declared or referenced at a position (an identifier touching it). */
    Optional<SymbolOccurrence> symbolAt(String uri, Position position);

    /**
     * Every occurrence of a symbol across the open documents and the workspace's files, the
     * declaration first when asked for.
     */
    List<SymbolOccurrence> references(SymbolInfo symbol, boolean includeDeclaration);

    /** The type of the innermost expression at a position. */
    Optional<TypeAt> typeAt(String uri, Position position);

    /** Types the checker inferred where the source writes none: {@code let} bindings, generic calls. */
    List<InferredType> inferredTypes(String uri, Range range);

    /**
     * What may be written at a position: locals, items and modules in scope; after {@code
     * IO.} a Std module's functions; after {@code value.} a struct's fields and methods; after
     * {@code E::} an enum's variants.
     */
    List<Completion> completions(String uri, Position position);

    /** The call whose arguments enclose a position, and which parameter the position is in. */
    Optional<SignatureHelp> signatureAt(String uri, Position position);

    /** The document's items and their members, nested. */
    List<OutlineNode> outline(String uri);

    /** Items across the workspace whose name contains the query (case-insensitive). */
    List<SymbolInfo> workspaceSymbols(String query);

    /** Classified tokens of a document, in source order, none overlapping. */
    List<SemanticToken> semanticTokens(String uri);

    /**
     * Quick fixes for the diagnostics overlapping a range: at least "add {@code mut}" for an
     * assignment to an immutable local and "add missing match arms" for a non-exhaustive match.
     */
    List<QuickFix> quickFixes(String uri, Range range);
}
