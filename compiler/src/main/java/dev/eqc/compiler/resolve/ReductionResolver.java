package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Reductions over an index variable (SPEC 3.4): {@code \sum_{j}}, {@code \sum_{j=1}^{n}},
 * {@code \sum_{j \ne i}}, {@code \sum_{b,h,w}}, {@code \prod_j}, {@code \max_i},
 * {@code \arg\max_i}. The variable is in scope for the body only.
 */
final class ReductionResolver {
    private final BodyResolver body;
    private final BodyScope scope;

    ReductionResolver(BodyResolver body) {
        this.body = body;
        this.scope = body.scope;
    }

    Term reduction(Expr.BigOp b) {
        Expr.Sym op = b.operator();
        Term.ReduceOp kind = switch (op.base()) {
            case "\\sum" -> Term.ReduceOp.SUM;
            case "\\prod" -> Term.ReduceOp.PROD;
            case "\\max", "\\sup" -> Term.ReduceOp.MAX;
            case "\\min", "\\inf" -> Term.ReduceOp.MIN;
            case "\\argmax" -> Term.ReduceOp.ARGMAX;
            case "\\argmin" -> Term.ReduceOp.ARGMIN;
            default -> null;
        };
        List<String> several = IndexLetters.of(op.sub());
        if (kind == Term.ReduceOp.SUM && op.sup() == null && several != null && several.size() > 1) {
            return nestedSums(b, op, several);
        }
        if (kind == null || op.sub() == null || op.sub().items().size() != 1) {
            return body.unsupported(op.span(), "write the index under the operator, like `\\sum_{j}` or `\\sum_{j=1}^{n}`");
        }
        Expr under = op.sub().single();
        String name;
        Span at;
        Term lower = null;
        List<IndexVar> excluded = new ArrayList<>();
        if (under instanceof Expr.Sym v && isIndexName(v)) {
            name = v.base() + "'".repeat(v.primes());
            at = v.span();
        } else if (under instanceof Expr.Relation rel && rel.left() instanceof Expr.Sym v && isIndexName(v)
                && (rel.op() == RelOp.EQ || rel.op() == RelOp.NE)) {
            name = v.base() + "'".repeat(v.primes());
            at = v.span();
            if (rel.op() == RelOp.EQ) {
                Double start = ConstantFolder.fold(body.expr(rel.right()));
                if (start == null || (start != 0.0 && start != 1.0)) {
                    return body.unsupported(rel.right().span(), "sums start at 0 or 1; shift the index instead");
                }
                lower = new Term.Literal(rel.right().span(), start);
            } else {
                IndexVar other = rel.right() instanceof Expr.Sym o && o.bare() ? scope.indexVar(o.base()) : null;
                if (other == null) {
                    return body.unsupported(rel.right().span(), "`\\ne` compares with an index variable in scope");
                }
                excluded.add(other);
            }
        } else {
            return body.unsupported(under.span(), "write the index under the operator, like `\\sum_{j}` or"
                    + " `\\sum_{j=1}^{n}`");
        }
        Term upper = null;
        if (op.sup() != null) {
            if (lower == null) {
                return body.unsupported(op.sup().span(), "an upper limit needs a lower one, like `\\sum_{j=1}^{n}`");
            }
            upper = limit(op.sup());
        } else if (lower != null) {
            return body.unsupported(op.span(), "a lower limit needs an upper one, like `\\sum_{j=1}^{n}`");
        }
        if (kind != Term.ReduceOp.SUM && !excluded.isEmpty()) {
            return body.unsupported(under.span(), "`\\ne` is supported under `\\sum`");
        }
        IndexVar var = new IndexVar(name, at, lower, upper, excluded);
        scope.enter(var);
        Term reduced = body.expr(b.body());
        scope.leave();
        return new Term.Reduce(b.span(), kind, var, reduced);
    }

    /** {@code \sum_{b,h,w} x = \sum_b \sum_h \sum_w x}. */
    private Term nestedSums(Expr.BigOp b, Expr.Sym op, List<String> letters) {
        List<IndexVar> vars = new ArrayList<>();
        for (String letter : letters) {
            IndexVar v = new IndexVar(letter, op.sub().span(), null, null, List.of());
            vars.add(v);
            scope.enter(v);
        }
        Term sum = body.expr(b.body());
        for (int k = vars.size() - 1; k >= 0; k--) {
            scope.leave();
            sum = new Term.Reduce(b.span(), Term.ReduceOp.SUM, vars.get(k), sum);
        }
        return sum;
    }

    /** A letter that can name an index: {@code j}, {@code t'}, {@code \\ell}. */
    private static boolean isIndexName(Expr.Sym v) {
        return v.sub() == null && v.sup() == null && v.accent() == null
                && (v.kind() == SymKind.LETTERS || v.kind() == SymKind.COMMAND);
    }

    /** An upper limit: a number, or a dimension (an undeclared symbol becomes one). */
    private Term limit(Script sup) {
        if (sup.items().size() == 1 && sup.single() instanceof Expr.Sym s && s.sup() == null
                && !body.names.isBound(NameKeys.full(s)) && !body.names.isSplittableRun(s)) {
            body.file.addDimension(NameKeys.withSub(s));
        }
        return body.script(sup);
    }
}
