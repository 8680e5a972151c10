package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A function whose body differentiates with respect to its own parameter: the score as Song & Ermon define it,
 * {@code \mathbf{s}(\mathbf{x}) = \nabla_{\mathbf{x}} \log p(\mathbf{x})}, SAM's {@code \hat{\epsilon}(w) = \rho
 * \nabla_w L_S(w) / \|\nabla_w L_S(w)\|_2}. A gradient is taken with respect to an input; when nothing in the file
 * calls the function, its parameters are the inputs of those names (as its method takes them anyway), so the
 * definition is read as the value {@code \mathbf{s} = \nabla_{\mathbf{x}} \log p(\mathbf{x})} at the input
 * {@code \mathbf{x}} (W0291). A function the file calls stays a function (and the gradient E0111). Runs on the
 * statements, before name resolution.
 */
final class ParameterGradients {
    private ParameterGradients() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> called = new HashSet<>();
        for (Statement s : program.statements()) {
            Expr rhs = s instanceof Statement.Definition d ? d.rhs() : s instanceof Statement.Bare b ? b.expr() : null;
            if (rhs != null) {
                new ExprCopy() {
                    @Override
                    Expr apply(Expr.Apply a) {
                        if (a.callee() instanceof Expr.Sym f) {
                            called.add(NameKeys.full(f));
                        }
                        return super.apply(a);
                    }
                }.expr(rhs);
            }
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply f && f.callee() instanceof Expr.Sym name
                    && !called.contains(NameKeys.full(name)) && f.args().stream().allMatch(p -> p instanceof Expr.Sym)) {
                Set<String> params = new HashSet<>();
                f.args().forEach(p -> params.add(NameKeys.full((Expr.Sym) p)));
                Expr.Sym wrt = differentiated(d.rhs(), params);
                if (wrt != null) {
                    String spelled = program.source().slice(name.span()).strip();
                    String p = program.source().slice(wrt.span()).strip();
                    Diagnostic.of(Code.W0291, program.source(), f.span(), "`" + program.source().slice(f.span()).strip()
                                    + "` differentiates with respect to its parameter `" + p + "`, and nothing in the file"
                                    + " calls it: read as the value `" + spelled + "` at the input" + (params.size() == 1
                                    ? " `" + p + "`" : "s of its parameters' names"))
                            .caret("the value `" + spelled + "`, its parameters inputs")
                            .help("declare `" + p + "` and write `" + spelled + " = …` to say so; a function the file"
                                    + " calls on other arguments cannot differentiate with respect to its parameter yet")
                            .report(diagnostics);
                    out.add(new Statement.Definition(d.span(), name, d.opSpan(), d.op(), d.rhs(), d.comment()));
                    changed = true;
                    continue;
                }
            }
            out.add(s);
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The first name under a {@code \nabla} in {@code e} that is one of {@code params}, or null. */
    private static Expr.Sym differentiated(Expr e, Set<String> params) {
        Expr.Sym[] found = {null};
        new ExprCopy() {
            @Override
            Expr binary(Expr.Binary b) {
                if (found[0] == null && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym nabla
                        && nabla.base().equals("\\nabla") && nabla.sub() != null && nabla.sub().isSingle()
                        && nabla.sub().single() instanceof Expr.Sym wrt && params.contains(NameKeys.full(wrt))) {
                    found[0] = wrt;
                }
                return super.binary(b);
            }
        }.expr(e);
        return found[0];
    }
}
