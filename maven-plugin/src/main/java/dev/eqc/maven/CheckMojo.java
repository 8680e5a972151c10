package dev.eqc.maven;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Parses and shape-checks every {@code .eq} file and fails the build on errors, listing every
 * diagnostic of every file as {@code path:LINE:COL: error[CODE]: message} with its excerpt
 * and help. Writes nothing; for CI and for failing fast in {@code validate}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractEqcMojo {
    @Override
    protected void run(SourceScanner scanner, List<EqInput> inputs, Precision precision) throws MojoFailureException {
        if (inputs.isEmpty()) {
            getLog().info("eqc: no .eq files in " + scanner.display(scanner.sourceDirectory()));
            return;
        }
        DiagnosticLog log = new DiagnosticLog(getLog());
        for (EqInput input : inputs) {
            try {
                // Each file gets its own sink: the passes stop on their own file's errors only.
                Diagnostics own = new Diagnostics();
                EqCompiler.check(SourceReader.read(input), input.options(precision, false), own);
                log.report(own.sorted());
            } catch (SourceReader.UnreadableSourceException e) {
                log.error(e.getMessage());
            } catch (RuntimeException e) {
                log.crash(input, e);
            }
        }
        getLog().info("eqc: checked " + count(inputs.size(), "file") + ": " + count(log.errors(), "error")
                + ", " + count(log.warnings(), "warning"));
        failOnFindings(log);
    }
}
