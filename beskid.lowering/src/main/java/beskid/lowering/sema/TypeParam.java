package beskid.lowering.sema;

/**
 * A generic type parameter, erased to {@code Object} at run time. {@code owner} is the
 * declaring symbol: two parameters are the same only when both name and owner match.
 */
public record TypeParam(String name, Object owner) implements Type {
    @Override
    public String display() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeParam p && p.name.equals(name) && p.owner == owner;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + System.identityHashCode(owner);
    }
}
