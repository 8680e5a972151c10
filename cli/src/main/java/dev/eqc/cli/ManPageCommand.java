package dev.eqc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eqc generate-man-page}: the manual page {@code eqc.1} in roff, made from the same
 * command model as {@code --help}, so the two never disagree. {@code man -l eqc.1} reads it;
 * copy it to a {@code man1} directory to install it.
 */
@Command(name = "generate-man-page", description = "Write the manual page eqc.1 (roff) to standard output or -o FILE.")
final class ManPageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "-o", paramLabel = "FILE", description = "write the page here instead of standard output")
    Path output;

    @Override
    public Integer call() {
        CommandLine top = spec.root().commandLine();
        String page = render(top);
        if (output == null) {
            System.out.print(page);
            return 0;
        }
        try {
            byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            AtomicFiles.write(output, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + IoErrors.reason(e), Main.INPUT_ERRORS);
        }
        return 0;
    }

    static String render(CommandLine top) {
        StringBuilder b = new StringBuilder();
        String version = new Version().getVersion()[0];
        b.append(".TH EQC 1 \"\" \"").append(roff(version)).append("\" \"User Commands\"\n");
        b.append(".SH NAME\neqc \\- the equation compiler: LaTeX math of ML papers to shape-checked, tested Java\n");
        b.append(".SH SYNOPSIS\n.B eqc\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIFILE.eq\\fR...]\n");
        b.append(".SH DESCRIPTION\n").append(roff("eqc parses the LaTeX of machine-learning papers, checks every tensor"
                + " shape symbolically, and emits readable Java with JUnit 5 tests that prove it. Each command"
                + " below takes --help and --version.")).append('\n');
        b.append(".SH COMMANDS\n");
        for (CommandLine sub : top.getSubcommands().values()) {
            b.append(".SS ").append(roff(sub.getCommandName())).append('\n');
            b.append(".nf\n").append(preformatted(sub.getUsageMessage(CommandLine.Help.Ansi.OFF))).append(".fi\n");
        }
        b.append(".SH EXIT STATUS\n");
        top.getCommandSpec().usageMessage().exitCodeList().forEach((code, meaning) ->
                b.append(".TP\n.B ").append(roff(code.strip())).append('\n').append(roff(meaning.strip())).append('\n'));
        b.append(".SH ENVIRONMENT\n.TP\n.B EQC_JAVA_OPTS\n").append(roff("options for the JVM the ./eqc launcher"
                + " starts, for example -Xmx16g for big tensors or -Deqc.vector.bits=256 to cap the vector width."))
                .append("\n.TP\n.B NO_COLOR\n").append(roff("no colour in diagnostics, even on a terminal.")).append('\n');
        b.append(".SH SEE ALSO\n").append(roff("The language reference docs/LANGUAGE.md and the diagnostics"
                + " docs/DIAGNOSTICS.md in the eqc repository; eqc explain CODE.")).append('\n');
        return b.toString();
    }

    /** Text for roff: backslashes escaped, and a line starting with . or ' kept from being a request. */
    static String roff(String s) {
        String t = s.replace("\\", "\\e");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }

    private static String preformatted(String text) {
        StringBuilder b = new StringBuilder();
        text.lines().forEach(line -> b.append(roff(line)).append('\n'));
        return b.toString();
    }
}
