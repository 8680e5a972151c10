package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A definition whose left-hand side has been read but whose body is not yet resolved:
 * {@code \mathrm{FFN}(x) = …} is a function of {@code x}; {@code m_t \leftarrow …} a value.
 */
record PendingDefinition(String key, String latexName, Expr.Sym nameSym, Span nameSpan, Span span,
        boolean function, List<Expr.Sym> params, Expr rhs, String comment, String resultName) {

    static PendingDefinition of(Statement.Definition d, Resolver r) {
        Expr lhs = d.lhs();
        if (lhs instanceof Expr.Sym s) {
            return new PendingDefinition(NameKeys.full(s), r.source.slice(s.span()), s, s.span(), d.span(), false,
                    List.of(), d.rhs(), d.comment(), null);
        }
        if (lhs instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee) {
            List<Expr.Sym> params = new ArrayList<>();
            for (Expr arg : a.args()) {
                if (arg instanceof Expr.Sym p) {
                    params.add(p);
                } else {
                    Diagnostic.of(Code.E0107, r.source, arg.span(), "a parameter must be a name")
                            .caret("not a name")
                            .help("list the function's parameters by name, like `\\mathrm{FFN}(x)`")
                            .report(r.diagnostics);
                    return null;
                }
            }
            return new PendingDefinition(NameKeys.full(callee), r.source.slice(callee.span()), callee, callee.span(),
                    d.span(), true, params, d.rhs(), d.comment(), null);
        }
        String what = lhs instanceof Expr.Subscripted || lhs instanceof Expr.Sym
                ? "element-wise definitions arrive with index notation (SPEC level 2)"
                : "the left-hand side of a definition is a name or a function with its parameters";
        Diagnostic.of(lhs instanceof Expr.Subscripted ? Code.E0103 : Code.E0107, r.source, lhs.span(),
                        "cannot define `" + r.source.slice(lhs.span()) + "`")
                .caret("not a name")
                .help(what)
                .report(r.diagnostics);
        return null;
    }

    static PendingDefinition bare(Statement.Bare b, String resultName) {
        return new PendingDefinition("\u0000result:" + resultName, resultName, null, b.span(), b.span(), false,
                List.of(), b.expr(), b.comment(), resultName);
    }
}
