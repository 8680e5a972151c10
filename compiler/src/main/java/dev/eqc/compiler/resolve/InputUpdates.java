package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An input defined with {@code =} from its own value, as optimiser papers print an update step: SGD's
 * {@code w = w - \eta g}, Graves' RMSProp {@code n_i = \aleph n_i + (1 - \aleph) \epsilon_i^2} with {@code n}
 * declared. No value equals itself plus a step, so the {@code =} is pseudo-code's assignment: the statement
 * becomes the update {@code \leftarrow} already reads (the right-hand side reads the input as given, later lines
 * the new value), with W0270. An element-wise left-hand side ({@code n_i}) is an update only when the
 * right-hand side reads that element and no other ({@code h_t = \tanh(W h_{t-1})} is a recurrence, E0105).
 * Runs on the statements, before {@link Redefinitions}.
 */
final class InputUpdates {
    private InputUpdates() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = ProgramNames.declared(program);
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        Set<String> defined = new HashSet<>();
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Sym lhs) || d.update()) {
                continue;
            }
            Expr.Sym name = inputName(lhs, declared);
            String key = name == null ? null : NameKeys.full(name);
            boolean definedBefore = key != null && defined.contains(key);
            defined.add(NameKeys.full(lhs));
            if (name == null || definedBefore || !readsOnly(d.rhs(), key, lhs)) {
                continue;
            }
            out.set(k, new Statement.Definition(d.span(), lhs, d.opSpan(), RelOp.ASSIGN, d.rhs(), d.comment()));
            String spelled = program.source().slice(lhs.span()).strip();
            String op = program.source().slice(d.opSpan()).strip();
            Diagnostic.of(Code.W0270, program.source(), d.opSpan(), "`" + spelled + "` is an input and `" + op
                            + "` defines it from its own value: read as an update, `\\leftarrow`")
                    .caret("the right-hand side reads the input as given; the lines after this one read the updated value")
                    .help("write `\\leftarrow` to state the update, or name the new value (`w_{t+1} = w_t - \\eta g_t`)")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The declared name {@code lhs} updates: itself, or its base when it is written with one index letter. */
    static Expr.Sym inputName(Expr.Sym lhs, Set<String> declared) {
        if (declared.contains(NameKeys.full(lhs))) {
            return lhs;
        }
        if (lhs.sub() != null && lhs.sup() == null && lhs.primes() == 0 && lhs.sub().isSingle()
                && lhs.sub().single() instanceof Expr.Sym index && index.bare() && index.base().length() == 1
                && !declared.contains(NameKeys.full(index))) {
            Expr.Sym base = new Expr.Sym(lhs.span(), lhs.kind(), lhs.base(), lhs.accent(), null, null, 0);
            return declared.contains(NameKeys.full(base)) ? base : null;
        }
        return null;
    }

    /**
     * Whether {@code rhs} reads the input {@code key} and every reading is the element the left-hand side
     * defines ({@code n_i} for {@code n_i = …}) or, for a whole left-hand side, any reading at all.
     */
    private static boolean readsOnly(Expr rhs, String key, Expr.Sym lhs) {
        boolean whole = NameKeys.full(lhs).equals(key);
        String element = NameKeys.full(lhs);
        boolean[] reads = {false};
        boolean[] other = {false};
        boolean[] wholeRead = {false};
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                String full = NameKeys.full(s);
                String bare = NameKeys.full(new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), null, null, 0));
                if (whole ? full.equals(key) : full.equals(element)) {
                    reads[0] = true;
                } else if (!whole && bare.equals(key) && s.sub() == null && (s.sup() == null || NameKeys.isTranspose(s))) {
                    // CS229's \theta_j := \theta_j + \alpha \sum_i (y^{(i)} - \theta^T x^{(i)}) x_j^{(i)} "for every j":
                    // the whole input as given beside the element is the simultaneous update of every element.
                    // (p_t = p, v_t = \beta v + … never read the element: no update.)
                    wholeRead[0] = true;
                } else if (!whole && bare.equals(key)) {
                    other[0] = true;    // h_t = \tanh(W h_{t-1}): another element, a recurrence
                }
                return super.sym(s);
            }
        }.expr(rhs);
        return reads[0] && !other[0];
    }

}
