package beskid.lowering.analysis.api;

import java.util.List;

/**
 * An item in a document's outline.
 *
 * @param name its name
 * @param kind what it is
 * @param detail its signature or type, or null
 * @param range the whole declaration
 * @param selectionRange its name
 * @param children its members (fields, variants, methods), in source order
 */
public record OutlineNode(
        String name, SymbolKind kind, String detail, Range range, Range selectionRange, List<OutlineNode> children) {
    /** Copies the list. */
    public OutlineNode {
        children = List.copyOf(children);
    }
}
