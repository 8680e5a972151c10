package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A definition followed by {@code \text{if } …} (or {@code when}, {@code whenever}, {@code only if}) and a
 * relation: the value holds only where the relation does. Pascanu et al.'s clipping
 * {@code \hat{g} \leftarrow \frac{threshold}{\|\hat{g}\|}\hat{g} \quad \text{if } \|\hat{g}\| \ge threshold}
 * is an update that happens only then: it becomes
 * {@code \begin{cases} … & \|\hat{g}\| \ge threshold \\ \hat{g} & \text{otherwise} \end{cases}} (the value
 * keeps what it was where the guard fails). Any other definition with such a guard has no value where the
 * guard fails, and skipping the guard would compute a wrong answer: E0255 asks for both cases.
 * A guard word followed by prose only ({@code \text{if the norm is large}}) stays prose (W0130, in the
 * resolver). Runs on the statements, after {@link InputUpdates} (so {@code w = w - …} is already an update).
 */
final class GuardedDefinitions {
    private GuardedDefinitions() {}

    private static final Set<String> GUARDS = Set.of("if", "when", "whenever", "only if", "iff");

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Condition c) || !isGuard(c)) {
                continue;
            }
            int at = definitionOf(out, k, c);
            if (at < 0 && c.of() instanceof Statement.Bare b) {
                // x^2 \quad \text{if } x > 0 as the file's result: no value where the guard fails, as below.
                Diagnostic.of(Code.E0255, program.source(), c.span(), "`" + program.source().slice(b.span()).strip()
                                + "` is given only where `" + program.source().slice(c.span()).strip() + "` holds: eqc"
                                + " cannot tell its value elsewhere, and skipping the condition would compute a wrong answer")
                        .caret("a condition on the value, not a range")
                        .help("write both cases: `\\begin{cases} … & … \\\\ … & \\text{otherwise} \\end{cases}`")
                        .report(diagnostics);
                out.remove(k);
                k--;
                changed = true;
                continue;
            }
            if (at < 0) {
                continue;
            }
            Statement.Definition d = (Statement.Definition) out.get(at);
            String guard = program.source().slice(c.span()).strip();
            if (d.update() && c.condition().size() == 1 && isComparison(c.condition().get(0))) {
                Expr cond = c.condition().get(0);
                Expr.Cases cases = new Expr.Cases(d.rhs().span().to(c.span()), List.of(
                        new Expr.Case(d.rhs().span().to(cond.span()), d.rhs(), cond),
                        new Expr.Case(c.span(), d.lhs(), null)));
                out.set(at, new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), cases, d.comment()));
            } else {
                String name = program.source().slice(d.lhs().span()).strip();
                Diagnostic.of(Code.E0255, program.source(), c.span(), "`" + name + "` is defined only where `"
                                + guard + "` holds: eqc cannot tell its value elsewhere, and skipping the condition"
                                + " would compute a wrong answer")
                        .caret("a condition on the value, not a range")
                        .help(d.update() ? "write one relation after `\\text{if}`, or both cases with"
                                + " `\\begin{cases} … & … \\\\ … & \\text{otherwise} \\end{cases}`"
                                : "write both cases: `" + name + " = \\begin{cases} … & … \\\\ … & \\text{otherwise}"
                                        + " \\end{cases}`")
                        .report(diagnostics);
            }
            out.remove(k);
            k--;
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** {@code \text{if } a \ge b}: a guard word and at least one relation that compares or tests membership. */
    private static boolean isGuard(Statement.Condition c) {
        String word = c.word() == null ? "" : c.word().strip().toLowerCase(Locale.ROOT);
        return GUARDS.contains(word) && c.condition().stream().anyMatch(e -> e instanceof Expr.Relation r
                && (isComparison(r) || r.op() == RelOp.IN));
    }

    private static boolean isComparison(Expr e) {
        return e instanceof Expr.Relation r && switch (r.op()) {
            case EQ, LT, GT, LE, GE, NE -> true;
            case DEFINE, ASSIGN, IN, RELATED, SUCH_THAT, GIVEN -> false;
        };
    }

    /** The definition the condition at {@code k} follows: the nearest definition before it with its span. */
    private static int definitionOf(List<Statement> out, int k, Statement.Condition c) {
        if (c.of() == null) {
            return -1;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (out.get(j) instanceof Statement.Definition d && d.span().equals(c.of().span())) {
                return j;
            }
        }
        return -1;
    }
}
