package beskid.lowering.ast;

/** A 1-based line and column (columns count code points) plus the 0-based char offset. */
public record SourcePos(int offset, int line, int column) {}
