package beskid.runtime.standalone;

import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import java.io.BufferedInputStream;
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
import java.util.function.LongSupplier;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Main class of an AOT executable jar: finds the program's entry named in the jar manifest
 * ({@value #ENTRY_CLASS} / {@value #ENTRY_METHOD}) and runs it through the runtime's execution
 * entry, exactly as a container run does, then exits with the run's exit code. This class and
 * the runtime are compiled for the lowest target, so it runs on any JVM the toolchain supports
 * and can say in one line (exit 3) that the JVM is older than the program's {@value #TARGET},
 * or that the program's classes do not load, instead of a JVM trace.
 */
public final class ExeMain {
    /** Manifest attribute: binary name of the class holding the entry point. */
    public static final String ENTRY_CLASS = "Beskid-Entry-Class";
    /** Manifest attribute: name of the static, parameterless entry method. */
    public static final String ENTRY_METHOD = "Beskid-Entry-Method";
    /**
     * Binary name of the executable's bound entry, if it has one: a public class with a public
     * constructor implementing {@link LongSupplier} that calls the entry and widens its value
     * (the AOT link step writes it). Running it needs neither the manifest, nor reflection on the
     * program, nor a method handle; an executable without it, or whose class does not load (a
     * target newer than the JVM), starts from the manifest as before.
     */
    public static final String BOUND_ENTRY = "beskid.exe.BoundEntry";
    /** Manifest attribute: the class-file target the program was built for, e.g. {@code jvm21}. */
    public static final String TARGET = "Beskid-Target";

    private static final int INTERNAL_ERROR = 3;
    private static final String TARGET_PREFIX = "jvm";

    private ExeMain() {}

    /** Runs the program with the process's streams and arguments. */
    public static void main(String[] args) {
        // The process's own descriptors: the execution entry applies the output policy to them.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        RunContext context = RunContext.of(out, err, in, List.of(args));
        System.exit(run(ExeMain.class.getClassLoader(), Runtime.version().feature(), context, System.err));
    }

    /**
     * Runs the entry that {@code loader}'s jar manifest names on a JVM of feature version
     * {@code javaFeature}; returns the process exit code: the run's, or {@value #INTERNAL_ERROR}
     * with one line on {@code diagnostics} when the JVM is too old for the program's target or
     * the jar names no usable entry.
     */
    static int run(ClassLoader loader, int javaFeature, RunContext context, PrintStream diagnostics) {
        LongSupplier bound = boundEntry(loader);
        if (bound != null) {
            return StandaloneRuntime.startForExecutable()
                    .execute(bound, context)
                    .exitCode();
        }
        MethodHandle main;
        try {
            Attributes manifest = programManifest(loader);
            requireJavaVersion(manifest.getValue(TARGET), javaFeature);
            main = entryPoint(manifest, loader);
        } catch (ReflectiveOperationException | IOException | IllegalStateException | LinkageError e) {
            diagnostics.println("beskid: " + firstLine(e));
            return INTERNAL_ERROR;
        }
        RunOutcome outcome = StandaloneRuntime.startForExecutable().execute(main, context);
        return outcome.exitCode();
    }

    /** The bound entry, or null to start from the manifest (which explains any failure). */
    private static LongSupplier boundEntry(ClassLoader loader) {
        try {
            Class<?> entry = Class.forName(BOUND_ENTRY, false, loader);
            if (entry.getClassLoader() != loader || !LongSupplier.class.isAssignableFrom(entry)) {
                return null; // only the executable's own
            }
            return (LongSupplier) entry.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Refuses a JVM older than the target the program's classes were built for. */
    static void requireJavaVersion(String target, int running) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            return; // an executable from before targets were recorded: let the JVM judge
        }
        int needed;
        try {
            needed = Integer.parseInt(target.substring(TARGET_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("broken executable: unknown target " + target);
        }
        if (running < needed) {
            throw new IllegalStateException("this program needs Java " + needed + " or newer; running on " + running);
        }
    }

    private static Attributes programManifest(ClassLoader loader) throws IOException {
        Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            try (InputStream in = manifests.nextElement().openStream()) {
                Attributes main = new Manifest(in).getMainAttributes();
                if (main.getValue(ENTRY_CLASS) != null) {
                    return main;
                }
            }
        }
        throw new IllegalStateException("broken executable: no " + ENTRY_CLASS + " in the jar manifest");
    }

    private static MethodHandle entryPoint(Attributes manifest, ClassLoader loader)
            throws ReflectiveOperationException {
        String className = manifest.getValue(ENTRY_CLASS);
        String methodName = manifest.getValue(ENTRY_METHOD);
        Class<?> entry;
        try {
            entry = Class.forName(className, false, loader);
        } catch (LinkageError e) {
            throw new IllegalStateException(
                    "cannot load the program's class " + className + ": "
                            + String.valueOf(e).lines().findFirst().orElse(""),
                    e);
        }
        Method method = entry.getDeclaredMethod(methodName);
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalStateException(
                    "broken executable: entry " + className + "." + methodName + " is not static");
        }
        method.setAccessible(true);
        return MethodHandles.lookup().unreflect(method);
    }

    /** One line for the user: the message of a refusal, else the failure's first line. */
    static String firstLine(Throwable e) {
        String message = e instanceof IllegalStateException ? e.getMessage() : "broken executable: " + e;
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
