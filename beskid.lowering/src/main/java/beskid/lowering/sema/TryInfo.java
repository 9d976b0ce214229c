package beskid.lowering.sema;

/**
 * A checked {@code e?}: the enum, its success variant (the first) and what a failure does:
 * return the value from the enclosing function ({@code propagate}) or panic with the variant's name.
 */
public record TryInfo(EnumType enumType, VariantSymbol success, Type valueType, boolean propagate) {}
