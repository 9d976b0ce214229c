package beskid.lowering.api;

import java.util.List;

/**
 * Which tests to run: any of the tags (empty = no tag filter) and exactly the group (null = any).
 *
 * @param tags select tests having at least one of these tags
 * @param group select tests of exactly this group
 */
public record TestFilter(List<String> tags, String group) {
    /** No filter: every test. */
    public static final TestFilter ALL = new TestFilter(List.of(), null);

    /** Copies the tags. */
    public TestFilter {
        tags = List.copyOf(tags);
    }

    /** True when the test is selected. */
    public boolean matches(TestCase test) {
        if (group != null && !group.equals(test.group())) {
            return false;
        }
        return tags.isEmpty() || test.tags().stream().anyMatch(tags::contains);
    }
}
