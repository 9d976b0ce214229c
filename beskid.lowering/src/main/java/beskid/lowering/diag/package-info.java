/**
 * Diagnostic collection for one source file and the stable error codes: {@code E01xx} syntax
 * (lexer and parser), {@code E02xx} names, {@code E03xx} types, {@code E04xx} other checks.
 */
package beskid.lowering.diag;
