package beskid.lowering.check;

import beskid.lowering.ast.ArrayType;
import beskid.lowering.ast.FunctionType;
import beskid.lowering.ast.NamedType;
import beskid.lowering.ast.RefType;
import beskid.lowering.ast.TypeRef;
import beskid.lowering.diag.ErrorCode;
import beskid.lowering.diag.Wording;
import beskid.lowering.sema.ArrayOf;
import beskid.lowering.sema.ContractSymbol;
import beskid.lowering.sema.ContractType;
import beskid.lowering.sema.DeclSymbol;
import beskid.lowering.sema.EnumSymbol;
import beskid.lowering.sema.EnumType;
import beskid.lowering.sema.FnType;
import beskid.lowering.sema.ModuleSymbol;
import beskid.lowering.sema.Prim;
import beskid.lowering.sema.RefOf;
import beskid.lowering.sema.StructSymbol;
import beskid.lowering.sema.StructType;
import beskid.lowering.sema.Type;
import beskid.lowering.sema.TypeParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns written types into checked ones in the scope of a module and the type parameters in force. */
final class TypeResolver {
    private final Reporter reporter;

    TypeResolver(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Resolves the type of a value that is stored or passed (a parameter, field, element or type
     * argument): unit and never hold no value and {@code ref} belongs to parameters only.
     */
    Type valueType(TypeRef ref, ModuleSymbol module, Map<String, TypeParam> typeParams) {
        Type t = resolve(ref, module, typeParams);
        if (t == Prim.UNIT || t == Prim.NEVER) {
            reporter.error(
                    ref.pos(), ErrorCode.TYPE_MISMATCH, t.display() + " holds no value; it can only be a result type");
            return Prim.ERROR;
        }
        if (t instanceof RefOf) {
            reporter.error(ref.pos(), ErrorCode.UNSUPPORTED, "`ref` is only allowed on parameters");
            return Prim.ERROR;
        }
        return t;
    }

    /** Resolves a type; unknown names are reported and become {@link Prim#ERROR}. */
    Type resolve(TypeRef ref, ModuleSymbol module, Map<String, TypeParam> typeParams) {
        if (ref instanceof ArrayType a) {
            return new ArrayOf(valueType(a.element(), module, typeParams));
        }
        if (ref instanceof RefType r) {
            return new RefOf(valueType(r.inner(), module, typeParams));
        }
        if (ref instanceof FunctionType f) {
            List<Type> params = new ArrayList<>();
            for (TypeRef p : f.params()) {
                params.add(valueType(p, module, typeParams));
            }
            return new FnType(resolve(f.returnType(), module, typeParams), params);
        }
        NamedType n = (NamedType) ref;
        if (n.isError()) {
            return Prim.ERROR; // the parser already reported why this type is unreadable
        }
        if (n.path().size() == 1 && n.args().isEmpty()) {
            String name = n.path().get(0);
            TypeParam p = typeParams.get(name);
            if (p != null) {
                return p;
            }
            Prim prim = Prim.byName(name);
            if (prim != null) {
                return prim;
            }
        }
        DeclSymbol decl = declaration(n, module);
        if (decl == null) {
            return Prim.ERROR;
        }
        List<Type> args = new ArrayList<>();
        for (TypeRef a : n.args()) {
            args.add(valueType(a, module, typeParams));
        }
        return apply(decl, args, n, true);
    }

    /**
     * The declaration applied to arguments; with {@code strict}, a generic declaration without
     * arguments is an error (in a struct literal or enum constructor they are inferred instead).
     */
    Type apply(DeclSymbol decl, List<Type> args, NamedType where, boolean strict) {
        List<TypeParam> params = typeParams(decl);
        if (args.size() != params.size() && (strict || !args.isEmpty())) {
            reporter.error(
                    where.pos(),
                    ErrorCode.ARITY,
                    "`" + decl.name() + "` takes " + Wording.count(params.size(), "type argument") + ", not "
                            + args.size());
            return Prim.ERROR;
        }
        if (decl instanceof StructSymbol s) {
            return new StructType(s, args);
        }
        if (decl instanceof EnumSymbol e) {
            return new EnumType(e, args);
        }
        return new ContractType((ContractSymbol) decl);
    }

    /** The type parameters of a declaration (none for a contract). */
    static List<TypeParam> typeParams(DeclSymbol decl) {
        if (decl instanceof StructSymbol s) {
            return s.typeParams();
        }
        if (decl instanceof EnumSymbol e) {
            return e.typeParams();
        }
        return List.of();
    }

    /** The declaration a struct literal or enum constructor names, or null after reporting. */
    DeclSymbol declaration(NamedType n, ModuleSymbol module) {
        if (n.isError()) {
            return null;
        }
        DeclSymbol decl = ModuleNames.qualifiedType(module, n.path());
        if (decl == null) {
            reporter.error(n.pos(), ErrorCode.UNKNOWN_TYPE, "unknown type `" + String.join(".", n.path()) + "`");
        } else if (!ModuleNames.accessible(module, decl.module(), ModuleNames.isPub(decl))) {
            reporter.error(
                    n.pos(),
                    ErrorCode.WRONG_KIND,
                    "the type `" + decl.name() + "` of module `" + decl.module().name() + "` is not pub");
        }
        return decl;
    }
}
