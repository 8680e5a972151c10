package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * An objective printed with the optimisation that training performs on it: Goodfellow et al.'s {@code \min_G \max_D
 * V(D, G) = \mathbb{E}_{x \sim p_{data}}[\log D(x)] + …}, LSGAN's {@code \min_D V_{\text{LSGAN}}(D) = …}. The
 * {@code \min} and {@code \max} on the left name what is optimised over, not a value eqc computes: the line defines
 * the objective ({@code V}) by its right-hand side (W0323). Runs on the statements, before {@link ElementUpdates}.
 */
final class OptimisedObjectives {
    private OptimisedObjectives() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.BigOp)) {
                continue;
            }
            Expr lhs = d.lhs();
            while (lhs instanceof Expr.BigOp b && isOptimisation(b.operator())) {
                lhs = b.body();
            }
            if (lhs == d.lhs() || !(lhs instanceof Expr.Sym || lhs instanceof Expr.Apply a && a.callee() instanceof Expr.Sym)) {
                continue;
            }
            out.set(k, new Statement.Definition(d.span(), lhs, d.opSpan(), d.op(), d.rhs(), d.comment()));
            String objective = program.source().slice(lhs.span()).strip();
            String optimisation = program.source().slice(new dev.eqc.compiler.source.Span(d.lhs().span().start(),
                    lhs.span().start())).strip();
            Diagnostic.of(Code.W0323, program.source(), d.lhs().span(), "`" + optimisation + "` before `" + objective
                            + "` names what training optimises over: the line defines the objective `" + objective
                            + "` by its right-hand side")
                    .caret("the objective, not its optimum")
                    .help("write `" + objective + " = …` to say so and silence this warning")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** {@code \min_G}, {@code \max_D}, {@code \max_{D \in \mathcal{D}}}: an optimisation over what its subscript names. */
    private static boolean isOptimisation(Expr.Sym op) {
        return op.kind() == SymKind.COMMAND && (op.base().equals("\\min") || op.base().equals("\\max"))
                && op.sub() != null && op.sup() == null;
    }
}
