package beskid.lowering.sema;

import beskid.lowering.ast.EnumDecl;
import java.util.ArrayList;
import java.util.List;

/** An {@code enum}: an abstract class with one final subclass per variant. */
public final class EnumSymbol extends DeclaredTypeSymbol<EnumDecl> {
    private final List<TypeParam> typeParams;
    private final List<VariantSymbol> variants = new ArrayList<>();

    /** An enum named by its declaration. */
    public EnumSymbol(ModuleSymbol module, EnumDecl decl) {
        super(module, decl, decl.name());
        this.typeParams =
                decl.typeParams().stream().map(p -> new TypeParam(p, this)).toList();
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    public List<VariantSymbol> variants() {
        return variants;
    }

    /** The variant with this name, or null. */
    public VariantSymbol variant(String variantName) {
        for (VariantSymbol v : variants) {
            if (v.name().equals(variantName)) {
                return v;
            }
        }
        return null;
    }

    /** The type with its own parameters as arguments. */
    public EnumType selfType() {
        return new EnumType(this, List.copyOf(typeParams));
    }
}
