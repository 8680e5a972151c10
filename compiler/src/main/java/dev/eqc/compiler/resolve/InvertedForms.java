package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A row that solves a function's definition for one of its arguments, as DDPM's derivation prints
 * {@code x_t(x_0, \epsilon) = \sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon} then
 * {@code x_0 = \frac{1}{\sqrt{\bar\alpha_t}}(x_t(x_0, \epsilon) - \sqrt{1-\bar\alpha_t}\epsilon)}: the call
 * {@code x_t(x_0, \epsilon)} in the definition of {@code x_0} cannot be computed (it needs the {@code x_0} being
 * defined); it names the value of {@code x_t}, the noisy sample the inversion starts from. It is read as that value,
 * an input of the definition, spelled {@code x_t} (W0136); the function {@code x_t} stays what row one defines.
 * Runs on the statements, before name resolution.
 */
final class InvertedForms {
    private InvertedForms() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> functions = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f) {
                functions.add(NameKeys.full(f));
            }
        }
        if (functions.isEmpty()) {
            return program;
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Sym name)
                    || d.op() == dev.eqc.compiler.ast.RelOp.ASSIGN) {
                // w \leftarrow w + \alpha \delta \nabla \hat{v}(S, w) (Sutton & Barto's actor-critic box): an update
                // reads the value before it, so the call is computed; no row is solved for w.
                out.add(s);
                continue;
            }
            String key = NameKeys.full(name);
            List<Expr.Apply> found = new ArrayList<>();
            Expr rhs = new ExprCopy() {
                @Override
                Expr apply(Expr.Apply a) {
                    if (a.callee() instanceof Expr.Sym f && functions.contains(NameKeys.full(f))
                            && a.args().stream().anyMatch(x -> x instanceof Expr.Sym arg && NameKeys.full(arg).equals(key))) {
                        found.add(a);
                        Script label = new Script(a.argsSpan(), List.of(new Expr.Group(a.argsSpan(), Bracket.PAREN, a.args())),
                                program.source().slice(a.argsSpan()).strip());
                        return new Expr.Sym(f.span(), f.kind(), f.base(), f.accent(), f.sub(), label, f.primes());
                    }
                    return super.apply(a);
                }
            }.expr(d.rhs());
            if (found.isEmpty()) {
                out.add(s);
                continue;
            }
            out.add(new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rhs, d.comment()));
            for (Expr.Apply a : found) {
                String call = program.source().slice(a.span()).strip();
                String callee = program.source().slice(a.callee().span()).strip();
                Diagnostic.of(Code.W0136, program.source(), a.span(), "`" + call + "` in the definition of `"
                                + program.source().slice(name.span()).strip() + "` calls `" + callee
                                + "` on the value being defined: read as the value of `" + callee
                                + "`, an input (this row solves the definition of `" + callee + "` for `"
                                + program.source().slice(name.span()).strip() + "`)")
                        .caret("the input `" + callee + "`")
                        .help("give the value a name of its own (a hat or a tilde on it) to state it")
                        .report(diagnostics);
            }
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }
}
