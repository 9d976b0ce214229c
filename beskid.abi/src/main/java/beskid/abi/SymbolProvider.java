package beskid.abi;

import java.lang.invoke.MethodHandle;
import org.osgi.annotation.versioning.ProviderType;

/** What the runtime installs into {@link Linkage}: an implementation for every symbol and tag. */
@ProviderType
public interface SymbolProvider {
    /** The implementation of a non-dispatch symbol; its type equals the symbol's descriptor. */
    MethodHandle symbol(RuntimeSymbol symbol);

    /** The implementation of an interop function; its type equals the tag's descriptor. */
    MethodHandle interop(InteropTag tag);
}
