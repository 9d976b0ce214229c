package beskid.lowering.check;

import beskid.lowering.ast.EnumDecl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An {@code enum}: an abstract class with one final subclass per variant. */
public final class EnumSymbol implements DeclSymbol {
    private final String name;
    private final ModuleSymbol module;
    private final EnumDecl decl;
    private final String internalName;
    private final List<TypeParam> typeParams;
    private final List<VariantSymbol> variants = new ArrayList<>();
    private final Map<String, FunctionSymbol> methods = new LinkedHashMap<>();

    /** An enum named by its declaration. */
    public EnumSymbol(ModuleSymbol module, EnumDecl decl) {
        this.name = decl.name();
        this.module = module;
        this.decl = decl;
        this.internalName = module.internalName() + "$" + name;
        this.typeParams = decl.typeParams().stream().map(p -> new TypeParam(p, this)).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ModuleSymbol module() {
        return module;
    }

    @Override
    public String internalName() {
        return internalName;
    }

    public EnumDecl decl() {
        return decl;
    }

    public List<TypeParam> typeParams() {
        return typeParams;
    }

    public List<VariantSymbol> variants() {
        return variants;
    }

    public Map<String, FunctionSymbol> methods() {
        return methods;
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

    @Override
    public String toString() {
        return name;
    }
}
