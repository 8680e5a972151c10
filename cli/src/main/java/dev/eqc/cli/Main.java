package dev.eqc.cli;

import dev.eqc.compiler.diag.TerminalText;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Command;

/** The {@code eqc} command: parses options and hands each subcommand to the compiler facade. */
@Command(name = "eqc", mixinStandardHelpOptions = true, versionProvider = Version.class, scope = ScopeType.INHERIT,
        description = "The equation compiler: LaTeX math of ML papers → shape-checked, tested Java.",
        subcommands = {TranslateCommand.class, CheckCommand.class, TestCommand.class, ReportCommand.class,
                ParseCommand.class, ShapesCommand.class, RunCommand.class, BenchCommand.class, ExplainCommand.class,
                AutoComplete.GenerateCompletion.class, ManPageCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input has errors (diagnostics printed), or a test failed",
            "2:usage error (a bad option, a missing argument)"})
public final class Main implements Callable<Integer> {
    /** Exit code for input with errors (SPEC 4). */
    static final int INPUT_ERRORS = 1;
    /** Exit code for usage errors (SPEC 4). */
    static final int USAGE = 2;

    /** {@code eqc} with no command: the usage, on standard error, and exit 2 (picocli's convention). */
    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return USAGE;
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int execute(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError u) {
                commandLine.getErr().println("eqc: " + TerminalText.safe(u.getMessage()));
                return u.exitCode();
            }
            commandLine.getErr().println("eqc: internal error: " + TerminalText.safe(String.valueOf(e))
                    + " (this is a bug in eqc; please report it with the input that caused it)");
            return INPUT_ERRORS;
        });
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println(outOfMemory());
            code = INPUT_ERRORS;
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("eqc: internal error: " + TerminalText.safe(String.valueOf(e)));
            code = INPUT_ERRORS;
        }
        // PrintStream swallows write errors: a full disk or a closed pipe on standard output
        // must still fail the command.
        if (System.out.checkError()) {
            System.err.println("eqc: cannot write to standard output (closed pipe or full disk)");
            return code == 0 ? INPUT_ERRORS : code;
        }
        return code;
    }

    /** What to do when the JVM's heap is too small for the tensors asked for. */
    static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return "eqc: out of memory: the tensors need more than the " + (max >> 20) + " MiB the JVM may use;"
                + " give it more with EQC_JAVA_OPTS=-Xmx<size> (e.g. EQC_JAVA_OPTS=-Xmx16g ./eqc …), or use"
                + " smaller sizes";
    }
}
