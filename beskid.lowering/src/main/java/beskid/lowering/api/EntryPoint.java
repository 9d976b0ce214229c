package beskid.lowering.api;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;

/**
 * A static, parameterless method of a lowered class.
 *
 * @param className binary class name
 * @param methodName method name
 * @param descriptor JVM descriptor: {@code ()I}, {@code ()J} or {@code ()V} for main
 */
public record EntryPoint(String className, String methodName, String descriptor) {
    /**
     * A handle to the method in the classes a loader defines. The class is not initialised
     * here: its static initialisers must run on the run's own thread.
     *
     * @throws ReflectiveOperationException when the class or method is not there
     */
    public MethodHandle resolve(ClassLoader classes) throws ReflectiveOperationException {
        Method method = Class.forName(className, false, classes).getDeclaredMethod(methodName);
        method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method);
    }
}
