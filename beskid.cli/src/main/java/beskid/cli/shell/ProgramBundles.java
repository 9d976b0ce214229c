package beskid.cli.shell;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.lowering.api.EntryPoint;
import java.lang.invoke.MethodHandle;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Runs the program inside an AOT-built bundle that is installed in the container. The bundle
 * links to the installed runtime (it imports {@code beskid.abi} and requires the runtime
 * capability with every symbol it uses), so resolving it is the link check.
 */
final class ProgramBundles {
    static final String ENTRY_CLASS = "Beskid-Entry-Class";
    static final String ENTRY_METHOD = "Beskid-Entry-Method";

    private ProgramBundles() {}

    /** Runs the bundle's main; failures to resolve come back as the framework's message. */
    static RunOutcome run(Bundle bundle, ExecutionEntry runtime, RunContext context) throws BundleException {
        String className = bundle.getHeaders().get(ENTRY_CLASS);
        String methodName = bundle.getHeaders().get(ENTRY_METHOD);
        if (className == null || methodName == null) {
            throw new IllegalArgumentException(
                    "bundle " + bundle.getSymbolicName() + " is not a Beskid program (no " + ENTRY_CLASS + " header)");
        }
        if (bundle.getState() == Bundle.INSTALLED) {
            bundle.start(); // throws a RESOLVE_ERROR naming the missing requirement
        }
        try {
            ClassLoader classes = bundle.adapt(BundleWiring.class).getClassLoader();
            MethodHandle main = new EntryPoint(className, methodName, null).resolve(classes);
            return runtime.execute(main, context);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(
                    "bundle " + bundle.getSymbolicName() + " has no entry " + className + "." + methodName + ": " + e);
        }
    }
}
