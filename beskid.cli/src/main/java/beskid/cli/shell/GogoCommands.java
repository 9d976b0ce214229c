package beskid.cli.shell;

import beskid.abi.ExecutionEntry;
import beskid.abi.RunContext;
import beskid.cli.command.Console;
import beskid.cli.command.ProgramActions;
import beskid.cli.command.ToolchainComponent;
import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.TestFilter;
import java.util.Arrays;
import java.util.List;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gogo shell commands ({@code beskid:run}, {@code beskid:check}, ...) next to the usual
 * {@code lb}/{@code stop}/{@code update}, for running programs and hot swapping backends by
 * hand. A program's output goes to the session's console; each command returns its result.
 */
@Component(
        service = GogoCommands.class,
        property = {
            "osgi.command.scope=beskid",
            "osgi.command.function=run",
            "osgi.command.function=check",
            "osgi.command.function=lower",
            "osgi.command.function=backends",
            "osgi.command.function=abi",
            "osgi.command.function=build",
            "osgi.command.function=runbundle",
            "osgi.command.function=test",
            "osgi.command.function=fmt"
        })
public final class GogoCommands {
    @Reference
    private ToolchainComponent tools;

    @Reference(
            policy = ReferencePolicy.DYNAMIC,
            cardinality = ReferenceCardinality.OPTIONAL,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ExecutionEntry runtime;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        context = bundleContext;
    }

    private ProgramActions actions() {
        return new ProgramActions(tools.toolchain());
    }

    private static Console console(CommandSession session) {
        return new Console(session.getConsole(), session.getConsole(), session.getKeyboard());
    }

    @Descriptor("run a Beskid program with the JIT backend")
    public String run(CommandSession session, @Descriptor("FILE.bd and program arguments") String... fileAndArgs) {
        return run(session, "jit", fileAndArgs);
    }

    private String run(CommandSession session, String backend, String[] fileAndArgs) {
        if (fileAndArgs.length == 0) {
            return "usage: beskid:run FILE.bd [ARGS...]";
        }
        List<String> args = Arrays.asList(fileAndArgs).subList(1, fileAndArgs.length);
        return guarded(() -> {
            Console console = console(session);
            int code = actions().run(console, fileAndArgs[0], backend, args);
            if (Thread.interrupted()) {
                // Ctrl-C interrupted the command and the runtime has stopped the program by now.
                // Gogo drops a cancelled job's answer, so the console is told directly.
                console.error("interrupted\n");
                return "interrupted";
            }
            return "exit " + code;
        });
    }

    @Descriptor("run the test blocks of a Beskid file or folder with the JIT backend")
    public String test(CommandSession session, @Descriptor("FILE.bd or DIR") String target) {
        return guarded(() -> "exit " + actions().test(console(session), target, "jit", TestFilter.ALL, null));
    }

    @Descriptor("format Beskid files in place (beskid:fmt FILE|DIR), or list those that would change (--check)")
    public String fmt(
            CommandSession session,
            @Descriptor("write nothing; list the files that would change")
                    @Parameter(
                            names = {"--check"},
                            presentValue = "true",
                            absentValue = "false")
                    boolean check,
            @Descriptor("FILE.bd or DIR") String... targets) {
        if (targets.length == 0) {
            return "usage: beskid:fmt [--check] FILE.bd|DIR...";
        }
        return guarded(() -> "exit " + actions().fmt(console(session), Arrays.asList(targets), check));
    }

    @Descriptor("type-check a Beskid file")
    public String check(CommandSession session, @Descriptor("FILE.bd") String file) {
        return guarded(() -> actions().check(console(session), file) == 0 ? "ok" : "errors");
    }

    @Descriptor("print the lowered artifact of a Beskid file")
    public String lower(CommandSession session, @Descriptor("FILE.bd") String file) {
        return guarded(() -> actions().lower(console(session), file) == 0 ? "" : "errors");
    }

    @Descriptor("build an artifact: beskid:build FILE.bd OUT [exe|jar|classes|bundle] [jvm17|jvm21|jvm25]")
    public String build(CommandSession session, String file, String out, String... kindAndTarget) {
        String kind = kindAndTarget.length > 0 ? kindAndTarget[0] : "exe";
        String target = kindAndTarget.length > 1 ? kindAndTarget[1] : null;
        return guarded(
                () -> actions().build(console(session), file, out, kind, target) == 0 ? "built " + out : "errors");
    }

    @Descriptor("run the program of an installed AOT bundle (beskid build --kind bundle)")
    public String runbundle(
            CommandSession session, @Descriptor("bundle id") long id, @Descriptor("program arguments") String... args) {
        Bundle bundle = context.getBundle(id);
        if (bundle == null) {
            return "beskid: no bundle " + id;
        }
        ExecutionEntry entry = runtime;
        if (entry == null) {
            return "beskid: the runtime is not available";
        }
        Console console = console(session);
        try {
            RunContext run = RunContext.of(console.out(), console.err(), console.in(), Arrays.asList(args));
            return "exit " + ProgramBundles.run(bundle, entry, run).exitCode();
        } catch (BundleException e) {
            return "beskid: cannot resolve " + bundle.getSymbolicName() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            return "beskid: " + e.getMessage();
        }
    }

    @Descriptor("list the running backends")
    public String backends() {
        return actions().backends();
    }

    @Descriptor("print the runtime ABI version, symbols and interop tags")
    public String abi() {
        return ProgramActions.abiTable();
    }

    /** Failures become a one-line answer: the shell (and the container) keep running. */
    private static String guarded(java.util.function.Supplier<String> action) {
        try {
            return action.get();
        } catch (BackendUnavailableException e) {
            return "beskid: " + e.getMessage();
        } catch (RuntimeException e) {
            return "beskid: " + (e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }
}
