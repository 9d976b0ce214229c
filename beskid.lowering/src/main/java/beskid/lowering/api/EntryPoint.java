package beskid.lowering.api;

/**
 * A static, parameterless method of a lowered class.
 *
 * @param className binary class name
 * @param methodName method name
 * @param descriptor JVM descriptor: {@code ()I}, {@code ()J} or {@code ()V} for main
 */
public record EntryPoint(String className, String methodName, String descriptor) {
}
