package beskid.lowering.api;

/**
 * A function of the module that other code may call.
 *
 * @param name the Beskid name, qualified by module
 * @param className binary name of the class holding it
 * @param methodName its JVM method name
 * @param descriptor its JVM descriptor
 */
public record ExportedFunction(String name, String className, String methodName, String descriptor) {}
