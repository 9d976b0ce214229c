package beskid.cli.shell;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Runs the program inside an AOT-built bundle that is installed in the container. The bundle
 * links to the installed runtime (it imports {@code beskid.abi} and requires the runtime
 * capability with every symbol it uses), so resolving it is the link check.
 */
final class ProgramBundles {
    static final String ENTRY_CLASS = "Beskid-Entry-Class";
    static final String ENTRY_METHOD = "Beskid-Entry-Method";

    private ProgramBundles() {
    }

    /** Runs the bundle's main; failures to resolve come back as the framework's message. */
    static RunOutcome run(Bundle bundle, ExecutionEntry runtime, RunContext context) throws BundleException {
        String className = bundle.getHeaders().get(ENTRY_CLASS);
        String methodName = bundle.getHeaders().get(ENTRY_METHOD);
        if (className == null || methodName == null) {
            throw new IllegalArgumentException("bundle " + bundle.getSymbolicName() + " is not a Beskid program (no "
                    + ENTRY_CLASS + " header)");
        }
        if (bundle.getState() == Bundle.INSTALLED) {
            bundle.start(); // throws a RESOLVE_ERROR naming the missing requirement
        }
        try {
            Method main = bundle.loadClass(className).getDeclaredMethod(methodName);
            main.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(main);
            return runtime.execute(handle, context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("bundle " + bundle.getSymbolicName() + " has no entry " + className + "."
                    + methodName + ": " + e);
        }
    }
}
