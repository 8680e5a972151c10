package dev.eqc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code eqc} command: parses options and hands each subcommand to the compiler facade. */
@Command(name = "eqc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The equation compiler: LaTeX math of ML papers → shape-checked, tested Java.",
        subcommands = {TranslateCommand.class, CheckCommand.class, ParseCommand.class, ShapesCommand.class,
                RunCommand.class, ExplainCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /** Exit code for input with errors (SPEC 4). */
    static final int INPUT_ERRORS = 1;
    /** Exit code for usage errors (SPEC 4). */
    static final int USAGE = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int execute(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError u) {
                commandLine.getErr().println("eqc: " + u.getMessage());
                return u.exitCode();
            }
            commandLine.getErr().println("eqc: internal error: " + e
                    + " (this is a bug in eqc; please report it with the input that caused it)");
            return INPUT_ERRORS;
        });
        try {
            return cmd.execute(args);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            System.err.println("eqc: internal error: " + e);
            return INPUT_ERRORS;
        }
    }
}
