package beskid.lowering.sema;

/** {@code ref T}: the type of a {@code ref} or {@code out} parameter, a mutable cell. */
public record RefOf(Type inner) implements Type {
    @Override
    public String display() {
        return "ref " + inner.display();
    }
}
