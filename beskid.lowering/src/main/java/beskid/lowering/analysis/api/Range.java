package beskid.lowering.analysis.api;

/**
 * A span of a document, end exclusive.
 *
 * @param start first position
 * @param end position after the last
 */
public record Range(Position start, Position end) {
    /** Whether a position lies in the range, its end included (a cursor right after a name touches it). */
    public boolean touches(Position position) {
        return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
    }
}
