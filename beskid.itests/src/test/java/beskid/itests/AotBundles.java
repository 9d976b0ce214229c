package beskid.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.abi.RunOutcome;
import beskid.lowering.api.ArtifactKind;
import beskid.lowering.api.BuildBackend;
import beskid.lowering.api.BuildRequest;
import beskid.lowering.api.BuildResult;
import beskid.lowering.api.SourceUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;

/** AOT bundles (kind BUNDLE) built in the container, run the way a tool runs them, and forged. */
final class AotBundles {
    static final String ENTRY_CLASS = "Beskid-Entry-Class";
    static final String ENTRY_METHOD = "Beskid-Entry-Method";
    static final String REQUIRE_CAPABILITY = "Require-Capability";

    private AotBundles() {}

    /** The bytes of an AOT bundle of a program, built by the BuildBackend service for its default target. */
    static byte[] build(BuildBackend backend, String fileName, String source) {
        BuildResult result = backend.build(new BuildRequest(
                SourceUnit.of(fileName, source),
                ArtifactKind.BUNDLE,
                backend.targets().get(0)));
        assertTrue("build errors: " + result.diagnostics(), result.diagnostics().isEmpty());
        assertNotNull(result.artifact());
        assertEquals(ArtifactKind.BUNDLE, result.artifact().kind());
        return result.artifact().jar();
    }

    /**
     * Runs an installed (and resolved) AOT bundle's main: the class its {@code Beskid-Entry-Class}
     * header names, loaded by the bundle, its {@code Beskid-Entry-Method}, unreflected, run
     * through the runtime's execution entry with captured streams.
     */
    static Backends.Run run(Bundle bundle, ExecutionEntry entry) throws ReflectiveOperationException {
        String className = bundle.getHeaders().get(ENTRY_CLASS);
        String methodName = bundle.getHeaders().get(ENTRY_METHOD);
        assertNotNull(ENTRY_CLASS + " header", className);
        assertNotNull(ENTRY_METHOD + " header", methodName);
        Method main = bundle.loadClass(className).getDeclaredMethod(methodName);
        main.setAccessible(true);
        MethodHandle handle = MethodHandles.lookup().unreflect(main);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunOutcome outcome =
                entry.execute(handle, RunContext.of(out, err, new ByteArrayInputStream(new byte[0]), List.of()));
        return new Backends.Run(
                new beskid.lowering.api.RunResult(List.of(), outcome, new java.util.TreeSet<>()),
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** The main attributes of a jar's manifest. */
    static Attributes manifest(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            assertNotNull("the jar has a manifest", manifest);
            return manifest.getMainAttributes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same jar with {@code (symbols=SYMBOL)} added to the filter of its runtime capability
     * requirement: a program that imports a symbol the runtime does not have. Every entry is
     * copied unchanged; only the manifest is rewritten.
     */
    static byte[] requiringAlsoSymbol(byte[] jar, String symbol) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            Attributes main = manifest.getMainAttributes();
            String requirement = main.getValue(REQUIRE_CAPABILITY);
            String marker = "filter:=\"";
            int filterStart = requirement.indexOf(marker);
            int filterEnd = requirement.indexOf('"', filterStart + marker.length());
            assertTrue(
                    "a filtered requirement: " + requirement,
                    filterStart >= 0 && filterEnd > filterStart && requirement.charAt(filterEnd - 1) == ')');
            // the filter is (&(version...)...(symbols=...)): the new term goes inside the &
            String forged = requirement.substring(0, filterEnd - 1) + "(symbols=" + symbol + ")"
                    + requirement.substring(filterEnd - 1);
            main.putValue(REQUIRE_CAPABILITY, forged);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
