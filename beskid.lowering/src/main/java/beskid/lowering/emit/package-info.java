/**
 * Lowering of checked modules to JVM class files with ASM, following docs/LOWERING.md:
 * {@link beskid.lowering.emit.ArtifactEmitter} drives one {@code ModuleEmitter} per module,
 * which writes functions through {@code FunctionWriter} and the classes of types, enums and
 * contracts through {@code TypeEmitter}, {@code EnumEmitter} and {@code ContractEmitter}.
 * Method bodies are written by {@code StatementEmitter}, {@code ExpressionEmitter},
 * {@code OperatorEmitter}, {@code CallEmitter}, {@code MatchEmitter} and
 * {@code ClosureEmitter}, sharing one {@code MethodContext} per method. Every runtime call
 * goes through {@code RuntimeCalls}, which also builds the import table.
 */
package beskid.lowering.emit;
