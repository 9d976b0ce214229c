/**
 * The semantic half of the front end: module loading ({@link beskid.lowering.check.ModuleLoader}
 * for the standard library), name resolution, type checking and definite-return checks. A
 * module is checked in passes ({@link beskid.lowering.check.ModuleChecker}): declarations,
 * uses, signatures, whole-declaration rules, bodies. The result is the module's symbols plus
 * {@link beskid.lowering.check.Annotations}, everything the emitter needs to know about each
 * node (types, conversions, folded constants, what names and calls resolve to, captures).
 * Start reading at {@code ModuleChecker}, then {@code ExpressionChecker}.
 */
package beskid.lowering.check;
