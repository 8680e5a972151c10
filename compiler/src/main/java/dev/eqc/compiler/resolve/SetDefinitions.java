package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A family of index sets defined by set-builder notation: {@code \mathcal{N}_i = \{j \mid A_{ij} \ne 0\}} is
 * the 0/1 membership matrix {@code \mathcal{N}_{ij} = [A_{ij} \ne 0]}, defined element by element over
 * {@code i} and the set's variable {@code j} (docs/LANGUAGE.md, "Sums over index sets"). A sum over
 * {@code j \in \mathcal{N}_i} reads it like a membership matrix given as an input.
 */
final class SetDefinitions {
    private SetDefinitions() {}

    /** The pending definition of the membership matrix, or null when {@code lhs = rhs} is no set family. */
    static PendingDefinition of(Statement.Definition d, Expr.Sym lhs, FileScope r) {
        if (lhs.sup() != null || lhs.sub() == null || !(d.rhs() instanceof Expr.Group g)
                || g.bracket() != Bracket.SET || g.items().isEmpty()) {
            return null;
        }
        List<String> family = IndexLetters.of(lhs.sub());
        if (family == null || family.size() != 1) {
            return null;
        }
        Expr.Relation[] given = new Expr.Relation[1];
        Expr first = withoutVariable(g.items().get(0), given);
        if (given[0] == null || !(given[0].left() instanceof Expr.Sym v) || !v.bare()
                || IndexLetters.of(new dev.eqc.compiler.ast.Script(v.span(), List.of(v), v.base())) == null
                || IndexLetters.of(new dev.eqc.compiler.ast.Script(v.span(), List.of(v), v.base())).size() != 1) {
            return null;
        }
        String member = v.base();
        if (member.equals(family.get(0))) {
            return null;
        }
        List<Expr> conditions = new ArrayList<>();
        conditions.add(first);
        conditions.addAll(g.items().subList(1, g.items().size()));
        Expr condition = conditions.get(0);
        for (Expr c : conditions.subList(1, conditions.size())) {
            condition = new Expr.Binary(new Span(condition.span().start(), c.span().end()), c.span(),
                    BinaryOp.HADAMARD, condition, c);
        }
        if (conditions.stream().anyMatch(c -> !(c instanceof Expr.Relation))) {
            return null;
        }
        Expr.Sym name = lhs.withScripts(new Span(lhs.span().start(), lhs.sub().span().start() - 1), null, null,
                lhs.primes());
        return new PendingDefinition(NameKeys.full(name), r.source.slice(name.span()), name, name.span(), d.span(),
                false, List.of(), condition, d.comment(), null, List.of(family.get(0), member), lhs.sub().span(),
                d.update());
    }

    /**
     * The first condition of {@code \{j \mid A_{ij} \ne 0\}} as parsed ({@code (j | A_{ij}) \ne 0}): the
     * relation with the bar (or colon) replaced by its right side, that relation stored in {@code given}.
     */
    private static Expr withoutVariable(Expr e, Expr.Relation[] given) {
        if (e instanceof Expr.Relation rel && (rel.op() == RelOp.GIVEN || rel.op() == RelOp.SUCH_THAT)) {
            given[0] = rel;
            return rel.right();
        }
        if (e instanceof Expr.Relation rel) {
            Expr left = withoutVariable(rel.left(), given);
            return given[0] == null ? e : new Expr.Relation(new Span(left.span().start(), rel.span().end()),
                    rel.opSpan(), rel.op(), left, rel.right());
        }
        return e;
    }
}
