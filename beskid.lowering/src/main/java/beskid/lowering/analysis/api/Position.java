package beskid.lowering.analysis.api;

/**
 * A place in a document.
 *
 * @param line 0-based line
 * @param character 0-based, in UTF-16 code units (as in LSP)
 */
public record Position(int line, int character) implements Comparable<Position> {
    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }
}
