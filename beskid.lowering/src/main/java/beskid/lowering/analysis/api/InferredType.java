package beskid.lowering.analysis.api;

/**
 * A type the source leaves out.
 *
 * @param position where a client shows it: after a {@code let} name, or after a generic
 *        call's name
 * @param label the text to show, e.g. {@code : i64} or {@code <i64>}
 */
public record InferredType(Position position, String label) {}
