package dev.eqc.cli;

import dev.eqc.compiler.diag.Catalogue;
import dev.eqc.compiler.diag.Code;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eqc explain CODE}: the long explanation of a diagnostic, with a wrong and a right example. */
@Command(name = "explain", description = "Explain a diagnostic code (e.g. E0301), with a wrong and a right example; list every code.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "CODE", description = "a diagnostic code; without one, every code is"
            + " listed with its one-line meaning")
    String code;

    @Override
    public Integer call() {
        if (code == null) {
            for (Code c : Code.values()) {
                System.out.println(c.name() + "  " + c.title());
            }
            return 0;
        }
        Code c;
        try {
            c = Code.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("no diagnostic code '" + code + "'; `eqc explain` lists them all", Main.USAGE);
        }
        System.out.print(Catalogue.explain(c));
        return 0;
    }
}
