package beskid.lowering.ast;

import java.util.List;

/** {@code E::V(x, _)}. */
public record VariantPattern(SourcePos pos, NamedType enumType, String variant, List<Pattern> fields, boolean parens)
        implements Pattern {}
