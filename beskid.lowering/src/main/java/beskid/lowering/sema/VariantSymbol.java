package beskid.lowering.sema;

import java.util.List;

/** One variant of an enum: its own final subclass {@code <enum>$<Variant>}. */
public record VariantSymbol(EnumSymbol owner, String name, int index, List<FieldSymbol> fields) {
    /** Copies the fields. */
    public VariantSymbol {
        fields = List.copyOf(fields);
    }

    /** JVM internal name of the variant class. */
    public String internalName() {
        return owner.internalName() + "$" + name;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return owner.name() + "::" + name;
    }
}
