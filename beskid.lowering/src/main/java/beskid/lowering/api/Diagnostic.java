package beskid.lowering.api;

/**
 * A compile error at a source position (1-based line and column; columns count code points).
 *
 * @param path the source path as given
 * @param line 1-based line
 * @param column 1-based column
 * @param code stable error code, e.g. {@code E0201}
 * @param message what is wrong
 * @param sourceLine the text of the line, for the caret rendering
 */
public record Diagnostic(String path, int line, int column, String code, String message, String sourceLine) {
    /** {@code path:line:col: error[CODE]: message}. */
    public String header() {
        return path + ":" + line + ":" + column + ": error[" + code + "]: " + message;
    }

    /** The header, the source line and a caret under the column. */
    public String render() {
        StringBuilder out = new StringBuilder(header()).append('\n');
        if (sourceLine != null) {
            out.append("    ").append(sourceLine).append('\n');
            out.append("    ");
            int[] cps = sourceLine.codePoints().toArray();
            for (int i = 0; i < column - 1; i++) {
                out.append(i < cps.length && cps[i] == '\t' ? '\t' : ' ');
            }
            out.append("^\n");
        }
        return out.toString();
    }
}
