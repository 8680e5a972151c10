package dev.eqc.cli;

import dev.eqc.compiler.diag.Catalogue;
import dev.eqc.compiler.diag.Code;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eqc explain CODE}: the long explanation of a diagnostic, with a wrong and a right example. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a diagnostic code (e.g. E0301), with a wrong and a right example.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "CODE")
    String code;

    @Override
    public Integer call() {
        Code c;
        try {
            c = Code.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("no diagnostic code '" + code + "'; codes are E0001…E0304 and W0101, W0102 (see docs/DIAGNOSTICS.md)",
                    Main.USAGE);
        }
        System.out.print(Catalogue.explain(c));
        return 0;
    }
}
