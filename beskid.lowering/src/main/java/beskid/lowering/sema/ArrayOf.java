package beskid.lowering.sema;

/** {@code T[]}: at run time the runtime's array object. */
public record ArrayOf(Type element) implements Type {
    @Override
    public String display() {
        return element.display() + "[]";
    }
}
