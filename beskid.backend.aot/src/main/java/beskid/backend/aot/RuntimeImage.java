package beskid.backend.aot;

import java.util.SortedMap;

/**
 * The class files of the runtime (the {@code beskid.abi} package and the runtime's
 * implementation) that an executable jar embeds.
 */
@FunctionalInterface
public interface RuntimeImage {
    /** Class files by jar path, e.g. {@code beskid/abi/Linkage.class}. */
    SortedMap<String, byte[]> classFiles();
}
