package beskid.lowering.api;

import java.util.List;

/**
 * A lowered {@code test} block.
 *
 * @param name the test's name
 * @param line the line of its declaration
 * @param body the test body, a {@code ()V} method
 * @param skipCondition the skip condition, a {@code ()Z} method, or null without a skip section
 * @param skipReason the skip reason, or null
 * @param tags the tags of its meta section
 * @param group the group of its meta section, or null
 */
public record TestCase(
        String name,
        int line,
        EntryPoint body,
        EntryPoint skipCondition,
        String skipReason,
        List<String> tags,
        String group) {
    /** Copies the tags. */
    public TestCase {
        tags = List.copyOf(tags);
    }
}
