package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * A chain of equal forms whose first form is written out with dots and a later one closed, as textbooks print an
 * expansion and its sum: PRML's Eq. (1.1), {@code y(x, \mathbf{w}) = w_0 + w_1 x + w_2 x^2 + \ldots + w_M x^M =
 * \sum_{j=0}^{M} w_j x^j}. The dotted form illustrates the closed one: the definition is computed from the first form
 * after it with no dots (W0465), and the forms between are skipped. The dotted form was computed (a chain keeps its
 * first form when every form reads only what the file gives), and its run of terms, {@code w_2 x^2 + \ldots}, a sum
 * from 2, was E0103. Runs on the statements, before name resolution (before {@link DottedSums} reads the dots).
 */
final class DottedChainForms {
    private DottedChainForms() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> in = program.statements();
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (int at = 0; at < in.size(); at++) {
            Statement s = in.get(at);
            if (!(s instanceof Statement.Definition d) || d.update() || !dotted(d.rhs())) {
                out.add(s);
                continue;
            }
            int closed = -1;
            for (int later = at + 1; later < in.size() && in.get(later) instanceof Statement.Continuation next
                    && ChainForms.continues(d, next); later++) {
                if (!dotted(next.rhs())) {
                    closed = later;
                    break;
                }
            }
            if (closed < 0) {
                out.add(s);
                continue;
            }
            Statement.Continuation form = (Statement.Continuation) in.get(closed);
            Diagnostic.of(Code.W0465, program.source(), d.rhs().span(), "`" + program.source().slice(d.rhs().span()).strip()
                            + "`, written out with dots, is read as an illustration of the form after it: the value is"
                            + " computed from `" + program.source().slice(form.rhs().span()).strip() + "`")
                    .caret("written out: not computed")
                    .help("leave the written-out form out to say so")
                    .report(diagnostics);
            out.add(new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), form.rhs(), d.comment()));
            at = closed;
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** Whether {@code e} has dots among its terms or arguments ({@code \ldots}, {@code \cdots}, …). */
    private static boolean dotted(Expr e) {
        return IndexLetters.nodes(e, false).stream().anyMatch(ArithmeticLists::isDots);
    }
}
