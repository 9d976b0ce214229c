package beskid.lowering.ast;

import java.util.List;

/** The {@code meta} or {@code skip} block of a test. */
public record TestSection(SourcePos pos, List<SectionEntry> entries) {}
