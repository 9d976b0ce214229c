package beskid.runtime.standalone;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Manifest;

/**
 * Main class of an AOT executable jar: finds the program's entry named in the jar manifest
 * ({@value #ENTRY_CLASS} / {@value #ENTRY_METHOD}) and runs it through the runtime's execution
 * entry, exactly as a container run does, then exits with the run's exit code.
 */
public final class ExeMain {
    /** Manifest attribute: binary name of the class holding the entry point. */
    public static final String ENTRY_CLASS = "Beskid-Entry-Class";
    /** Manifest attribute: name of the static, parameterless entry method. */
    public static final String ENTRY_METHOD = "Beskid-Entry-Method";

    private static final int INTERNAL_ERROR = 3;

    private ExeMain() {}

    /** Runs the program with the process's streams and arguments. */
    public static void main(String[] args) {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream err = new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 12);
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        System.exit(run(ExeMain.class.getClassLoader(), RunContext.of(out, err, in, List.of(args)), System.err));
    }

    /**
     * Runs the entry that {@code loader}'s jar manifest names; returns the process exit code
     * (the run's, or {@value #INTERNAL_ERROR} with a message on {@code diagnostics} when the
     * jar names no usable entry).
     */
    static int run(ClassLoader loader, RunContext context, PrintStream diagnostics) {
        MethodHandle main;
        try {
            main = entryPoint(loader);
        } catch (ReflectiveOperationException | IOException | IllegalStateException e) {
            diagnostics.println("beskid: broken executable: " + e.getMessage());
            return INTERNAL_ERROR;
        }
        ExecutionEntry runtime = StandaloneRuntime.start();
        RunOutcome outcome = runtime.execute(main, context);
        return outcome.exitCode();
    }

    private static MethodHandle entryPoint(ClassLoader loader) throws IOException, ReflectiveOperationException {
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            try (InputStream in = manifests.nextElement().openStream()) {
                Manifest manifest = new Manifest(in);
                String className = manifest.getMainAttributes().getValue(ENTRY_CLASS);
                if (className != null) {
                    String methodName = manifest.getMainAttributes().getValue(ENTRY_METHOD);
                    Method method = Class.forName(className, false, loader).getDeclaredMethod(methodName);
                    if (!Modifier.isStatic(method.getModifiers())) {
                        throw new IllegalStateException("entry " + className + "." + methodName + " is not static");
                    }
                    method.setAccessible(true);
                    return MethodHandles.lookup().unreflect(method);
                }
            }
        }
        throw new IllegalStateException("no " + ENTRY_CLASS + " in the jar manifest");
    }
}
