/**
 * The Beskid runtime ABI: the only package generated code and backends see of the runtime.
 *
 * <p>Declarations only, plus {@link beskid.abi.Linkage}, the single linkage entry that
 * {@code invokedynamic} call sites of generated code bootstrap through. The package is
 * compiled into {@code beskid.runtime}, which alone exports it; its major version is
 * {@link beskid.abi.Abi#BESKID_RUNTIME_ABI_VERSION}. Removing or changing a symbol bumps
 * the major version (with a note under {@code docs/abi/}); adding one bumps the minor.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package beskid.abi;
