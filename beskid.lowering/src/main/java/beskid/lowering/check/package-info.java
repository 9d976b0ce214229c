/**
 * The checking passes of the front end: module loading ({@link beskid.lowering.check.ModuleLoader}
 * for the standard library), name resolution, type checking and definite-return checks. A
 * module is checked in passes ({@link beskid.lowering.check.ModuleChecker}): declarations,
 * uses, signatures, whole-declaration rules, bodies. The passes build the semantic model of
 * package {@code sema}: the module's symbols plus its {@code Annotations}, everything the
 * emitter needs. Start reading at {@code ModuleChecker}, then {@code ExpressionChecker}.
 */
package beskid.lowering.check;
