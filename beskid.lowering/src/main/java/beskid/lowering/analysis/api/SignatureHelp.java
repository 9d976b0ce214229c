package beskid.lowering.analysis.api;

import java.util.List;

/**
 * The signature of the call around a position.
 *
 * @param label the whole signature, e.g. {@code fn add(a: i64, b: i64) -> i64}
 * @param parameters each parameter's text as it appears in {@code label}, e.g. {@code a: i64}
 * @param activeParameter 0-based index of the argument the position is in
 * @param documentation the callee's doc comment, or null
 */
public record SignatureHelp(String label, List<String> parameters, int activeParameter, String documentation) {
    /** Copies the list. */
    public SignatureHelp {
        parameters = List.copyOf(parameters);
    }
}
