package beskid.lowering.ast;

import java.util.List;

/** {@code type Name<T> : C { fields, events }}. */
public record TypeDecl(
        SourcePos pos,
        boolean pub,
        List<AttributeUse> attributes,
        String doc,
        String name,
        List<String> typeParams,
        List<TypeRef> contracts,
        List<FieldDecl> fields,
        List<EventDecl> events)
        implements Item {}
