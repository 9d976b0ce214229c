package beskid.cli.command;

import beskid.lowering.api.BackendUnavailableException;
import beskid.lowering.api.TestFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code beskid} command line (picocli). Usage errors and compile errors exit 2, a
 * toolchain failure exits 3 with a one-line message, a program's run exits with its code.
 */
@Command(
        name = "beskid",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run, check, lower and build Beskid programs on the JVM (OSGi inside).")
public final class BeskidCommandLine {
    /** The subcommands, in the order help lists them. */
    private static final List<Class<? extends Sub>> SUBCOMMANDS = List.of(
            Run.class,
            Check.class,
            Lower.class,
            Build.class,
            Test.class,
            Fmt.class,
            AbiTable.class,
            Lsp.class,
            Shell.class);

    private final ProgramActions actions;
    private final Console console;

    BeskidCommandLine(ProgramActions actions, Console console) {
        this.actions = actions;
        this.console = console;
    }

    /** Parses and executes a command line. */
    public static int execute(ProgramActions actions, Console console, String[] args) {
        BeskidCommandLine root = new BeskidCommandLine(actions, console);
        Factory factory = new Factory(root);
        CommandLine cli = new CommandLine(root, factory);
        addSubcommands(cli, factory, args.length > 0 ? args[0] : "");
        cli.setOut(new java.io.PrintWriter(
                new java.io.OutputStreamWriter(console.out(), java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(
                new java.io.OutputStreamWriter(console.err(), java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> handle(console, e));
        if (args.length == 0) {
            cli.usage(cli.getOut());
            return ExitCodes.COMPILE_ERROR;
        }
        return cli.execute(args);
    }

    /**
     * Adds the subcommand the command line names, or all of them when it names none (help, a
     * typo, a top-level option). picocli builds each command's model by reflection: building
     * all nine for every command was half of picocli's share of a {@code beskid run} start.
     */
    private static void addSubcommands(CommandLine cli, Factory factory, String first) {
        List<String> names = new ArrayList<>();
        for (Class<? extends Sub> type : SUBCOMMANDS) {
            names.add(type.getAnnotation(Command.class).name());
        }
        boolean named = names.contains(first);
        for (int i = 0; i < names.size(); i++) {
            if (!named || names.get(i).equals(first)) {
                cli.addSubcommand(names.get(i), new CommandLine(SUBCOMMANDS.get(i), factory));
            }
        }
    }

    private static int handle(Console console, Exception e) {
        if (e instanceof UserError) {
            console.error("beskid: " + e.getMessage() + "\n");
            return ExitCodes.COMPILE_ERROR;
        }
        if (e instanceof BackendUnavailableException) {
            console.error("beskid: " + e.getMessage() + "\n");
            return ExitCodes.INTERNAL_ERROR;
        }
        console.error("beskid: internal error: " + e + "\n");
        return ExitCodes.INTERNAL_ERROR;
    }

    /** Makes the subcommands with the actions and console. */
    private record Factory(BeskidCommandLine root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BeskidCommandLine.class) {
                return type.cast(root);
            }
            if (Sub.class.isAssignableFrom(type)) {
                K sub = CommandLine.defaultFactory().create(type);
                ((Sub) sub).init(root.actions, root.console);
                return sub;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** A subcommand: gets the actions and console before it runs. */
    abstract static class Sub implements Callable<Integer> {
        ProgramActions actions;
        Console console;

        void init(ProgramActions a, Console c) {
            actions = a;
            console = c;
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run a program's main; the exit code is the program's.")
    static final class Run extends Sub {
        @Option(names = "--backend", defaultValue = "jit", description = "jit (default) or aot")
        String backend;

        // Handled by the launcher (beskid.cli.launcher.DebugLaunch), which runs the command in a
        // child JVM with a JDWP agent; declared here for --help, and refused where no launcher is.
        @Option(
                names = "--debug",
                arity = "0..1",
                paramLabel = "PORT",
                fallbackValue = "0",
                description = "wait for a JVM debugger on 127.0.0.1:PORT (any free port without one) and print it")
        String debug;

        @Parameters(index = "0", paramLabel = "FILE.bd")
        String file;

        @Parameters(index = "1..*", paramLabel = "ARGS", description = "program arguments (after --)")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() {
            if (debug != null) {
                console.error("beskid: --debug needs the beskid launcher (it starts a JVM with a debug agent)\n");
                return ExitCodes.COMPILE_ERROR;
            }
            return actions.run(console, file, backend, args);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Type-check a file; errors exit 2.")
    static final class Check extends Sub {
        @Parameters(index = "0", paramLabel = "FILE.bd")
        String file;

        @Override
        public Integer call() {
            return actions.check(console, file);
        }
    }

    @Command(
            name = "lower",
            mixinStandardHelpOptions = true,
            description = "Print the lowered artifact: imports, exports, bytecode.")
    static final class Lower extends Sub {
        @Parameters(index = "0", paramLabel = "FILE.bd")
        String file;

        @Override
        public Integer call() {
            return actions.lower(console, file);
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, description = "Build an artifact ahead of time.")
    static final class Build extends Sub {
        @Parameters(index = "0", paramLabel = "FILE.bd")
        String file;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "OUT",
                description = "output file (folder for classes)")
        String output;

        @Option(names = "--kind", defaultValue = "exe", description = "exe (default), jar, classes or bundle")
        String kind;

        @Option(names = "--target", description = "jvm17 (default), jvm21 or jvm25")
        String target;

        @Override
        public Integer call() {
            return actions.build(console, file, output, kind, target);
        }
    }

    @Command(
            name = "test",
            mixinStandardHelpOptions = true,
            description = "Run the test blocks of a file or folder; exit 1 if one fails.")
    static final class Test extends Sub {
        @Parameters(index = "0", paramLabel = "FILE.bd|DIR")
        String target;

        @Option(names = "--tags", split = ",", paramLabel = "a,b", description = "run tests having any of these tags")
        List<String> tags = new ArrayList<>();

        @Option(names = "--group", paramLabel = "g", description = "run tests of exactly this group")
        String group;

        @Option(names = "--backend", defaultValue = "jit", description = "jit (default) or aot")
        String backend;

        @Option(names = "--junit-xml", paramLabel = "OUT", description = "also write a JUnit XML report")
        String junitXml;

        @Override
        public Integer call() {
            return actions.test(console, target, backend, new TestFilter(tags, group), junitXml);
        }
    }

    @Command(
            name = "fmt",
            mixinStandardHelpOptions = true,
            description = "Rewrite files in the canonical layout; --check lists those that would change (exit 1).")
    static final class Fmt extends Sub {
        @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE.bd|DIR")
        List<String> targets = new ArrayList<>();

        @Option(names = "--check", description = "write nothing; list the files that would change and exit 1 if any")
        boolean check;

        @Override
        public Integer call() {
            return actions.fmt(console, targets, check);
        }
    }

    @Command(
            name = "abi",
            mixinStandardHelpOptions = true,
            description = "Print the runtime ABI version, symbol table and interop tags.")
    static final class AbiTable extends Sub {
        @Override
        public Integer call() {
            console.print(ProgramActions.abiTable());
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "lsp",
            mixinStandardHelpOptions = true,
            description = "Serve the Beskid language server over stdin/stdout (what an editor launches).")
    static final class Lsp extends Sub {
        @Override
        public Integer call() {
            return actions.lsp(console);
        }
    }

    @Command(
            name = "shell",
            mixinStandardHelpOptions = true,
            description = "Open the Gogo shell (beskid:run, beskid:backends, lb, stop, update, ...).")
    static final class Shell extends Sub {
        @Override
        public Integer call() {
            return ExitCodes.WAIT_FOR_STOP;
        }
    }
}
