/**
 * From bytes to syntax tree: {@link beskid.lowering.syntax.SourceText} decodes UTF-8 and maps
 * offsets to lines and code-point columns, {@link beskid.lowering.syntax.Lexer} makes tokens,
 * and {@link beskid.lowering.syntax.Parser} (recursive descent with error recovery) builds the
 * {@code beskid.lowering.ast} records. Start reading at {@link beskid.lowering.syntax.Parser#parse}.
 */
package beskid.lowering.syntax;
