package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.eqc.compiler.diag.Diagnostics;

/**
 * A diagonal matrix of entries written out with dots, each entry an expression of its position, as Murphy's PML
 * prints logistic regression's weights: {@code \mathbf{S} \triangleq \mathrm{diag}(\mu_1(1-\mu_1), \ldots,
 * \mu_N(1-\mu_N))}. The arguments are one list, read as {@link DottedLists} reads a bracket list of that form (the
 * vector of its entries, W0456), and {@code \mathrm{diag}} of it the diagonal matrix. It was E0104 ({@code diag} of
 * three arguments). Entries that are plain names ({@code \mathrm{diag}(\lambda_1, \dots, \lambda_d)}) stay
 * {@link ListedDiagonals}'. Runs on the statements, before {@link DottedLists}.
 */
final class DottedDiagonals {
    private DottedDiagonals() {}

    private static final Set<String> DIAG = Set.of("\\mathrm{diag}", "\\operatorname{diag}", "\\text{diag}",
            "\\textrm{diag}", "\\diag", "diag");

    static Program expand(Program program, Diagnostics unused) {
        boolean[] changed = {false};
        ExprCopy copy = new ExprCopy() {
            @Override
            Expr apply(Expr.Apply a) {
                Expr.Apply c = (Expr.Apply) super.apply(a);
                if (c.callee() instanceof Expr.Sym f && DIAG.contains(program.source().slice(f.span()).strip())
                        && c.args().size() >= 3 && c.args().stream().filter(ArithmeticLists::isDots).count() == 1
                        && !ArithmeticLists.isDots(c.args().get(0))
                        && !ArithmeticLists.isDots(c.args().get(c.args().size() - 1))
                        && c.args().stream().filter(x -> !ArithmeticLists.isDots(x)).noneMatch(x -> x instanceof Expr.Sym)) {
                    changed[0] = true;
                    Expr.Group list = new Expr.Group(c.argsSpan(), Bracket.PAREN, c.args());
                    return new Expr.Apply(c.span(), c.callee(), List.of(list), c.argsSpan());
                }
                return c;
            }
        };
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            out.add(copy.statement(s));
        }
        return changed[0] ? new Program(program.source(), out) : program;
    }
}
