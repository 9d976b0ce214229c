/**
 * The semantic model the checker builds and the emitter reads: symbols ({@link
 * beskid.lowering.sema.ModuleSymbol}, {@code FunctionSymbol}, {@code StructSymbol}, ...), types
 * ({@link beskid.lowering.sema.Type} and its kinds), and {@link beskid.lowering.sema.Annotations},
 * everything known about each node (types, conversions, folded constants, what names and calls
 * resolve to, captures). This package depends only on the syntax tree ({@code ast}); the passes
 * that fill it live in {@code check}, the lowering that reads it in {@code emit}.
 */
package beskid.lowering.sema;
