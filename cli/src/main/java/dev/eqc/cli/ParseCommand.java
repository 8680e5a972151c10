package dev.eqc.cli;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.SExpressions;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.DiagnosticRenderer;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.diag.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eqc parse}: print each statement's AST as an S-expression. */
@Command(name = "parse", description = "Parse .eq files and print each statement's syntax tree as an S-expression.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.eq")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        DiagnosticRenderer.Format f = Formats.parse(format);
        if (f == DiagnosticRenderer.Format.GITHUB) {
            throw new UserError("parse prints text or json", Main.USAGE);
        }
        Diagnostics diagnostics = new Diagnostics();
        List<String> json = new ArrayList<>();
        for (Path file : files) {
            var source = Sources.read(file);
            Program program = EqCompiler.parse(source, diagnostics);
            for (Statement s : program.statements()) {
                int line = source.line(s.span().start());
                if (f == DiagnosticRenderer.Format.TEXT) {
                    System.out.println(source.name() + ":" + line + ": " + SExpressions.print(s));
                } else {
                    json.add("{\"file\": " + Json.quote(source.name()) + ", \"line\": " + line + ", \"sexpr\": "
                            + Json.quote(SExpressions.print(s)) + "}");
                }
            }
        }
        if (f == DiagnosticRenderer.Format.JSON) {
            String diags = new DiagnosticRenderer(false).render(diagnostics.sorted(), DiagnosticRenderer.Format.JSON).strip();
            System.out.println("{\"statements\": [" + String.join(", ", json) + "], "
                    + diags.substring(1, diags.length() - 1) + "}");
        } else {
            Reporting.print(diagnostics, f, System.err, System.out);
        }
        return diagnostics.hasErrors() ? Main.INPUT_ERRORS : 0;
    }
}
