package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gradient with respect to a function's parameter, taken at a point: Adam's {@code g_t \leftarrow
 * \nabla_\theta f_t(\theta_{t-1})} with {@code f_t(\theta) = …} and the input {@code \theta_{t-1}}. The
 * {@code \theta} under {@code \nabla} is the parameter of {@code f_t}, not an input of the file; the gradient is
 * taken at the argument, so it is {@code \nabla_{\theta_{t-1}} f_t(\theta_{t-1})} (the one meaning papers give it;
 * no warning). Read so only when the name under {@code \nabla} is no input of the file and the argument in that
 * parameter's place is a name. Runs on the statements, before name resolution.
 */
final class GradientPoints {
    private GradientPoints() {}

    static Program expand(Program program) {
        Map<String, List<String>> parameters = new HashMap<>();
        Set<String> declared = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f) {
                List<String> keys = new ArrayList<>();
                for (Expr p : a.args()) {
                    keys.add(p instanceof Expr.Sym ps ? NameKeys.full(ps) : null);
                }
                parameters.put(NameKeys.full(f), keys);
            } else if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
            }
        }
        if (parameters.isEmpty()) {
            return program;
        }
        boolean[] changed = {false};
        ExprCopy rewrite = new ExprCopy() {
            @Override
            Expr binary(Expr.Binary b) {
                if (b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym nabla && nabla.base().equals("\\nabla")
                        && nabla.sub() != null && nabla.sub().isSingle() && nabla.sub().single() instanceof Expr.Sym wrt
                        && !declared.contains(NameKeys.full(wrt)) && b.right() instanceof Expr.Apply call
                        && call.callee() instanceof Expr.Sym f && parameters.containsKey(NameKeys.full(f))) {
                    List<String> keys = parameters.get(NameKeys.full(f));
                    int at = keys.indexOf(NameKeys.full(wrt));
                    if (at >= 0 && keys.size() == call.args().size() && call.args().get(at) instanceof Expr.Sym point
                            && !NameKeys.full(point).equals(NameKeys.full(wrt))) {
                        changed[0] = true;
                        Script sub = new Script(nabla.sub().span(), List.of(point), NameKeys.full(point));
                        Expr.Sym at_ = new Expr.Sym(nabla.span(), nabla.kind(), nabla.base(), nabla.accent(), sub,
                                nabla.sup(), nabla.primes());
                        return new Expr.Binary(b.span(), b.opSpan(), b.op(), at_, expr(b.right()));
                    }
                }
                return super.binary(b);
            }
        };
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            out.add(s instanceof Statement.Definition d
                    ? new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rewrite.expr(d.rhs()), d.comment())
                    : s);
        }
        return changed[0] ? new Program(program.source(), out) : program;
    }
}
