package beskid.lowering.sema;

import beskid.lowering.ast.ParamMode;

/** A declared parameter; {@code type} is the declared type (not wrapped in RefOf). */
public record ParamSymbol(String name, ParamMode mode, Type type) {}
