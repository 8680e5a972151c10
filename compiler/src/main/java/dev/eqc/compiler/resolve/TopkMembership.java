package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.source.Span;
import java.util.List;
import java.util.Set;

/**
 * Membership in the top k of a set, as mixture-of-experts routers print it (DeepSeek-V2 and -V3,
 * DeepSeekMoE): {@code s_{i,t} \in \mathrm{Topk}(\{ s_{j,t} | 1 \le j \le N \}, K)} holds where fewer than K
 * members of the set are greater than the left side, {@code \sum_{1 \le j \le N} [s_{j,t} > s_{i,t}] < K}, the
 * comparison eqc already computes (1 or 0). The set is written with a bar or a colon and one condition that
 * bounds its index. Anything else is left alone (and stays refused as a relation eqc does not compute).
 */
final class TopkMembership {
    private static final Set<String> NAMES = Set.of("Topk", "TopK", "topk", "TOPK");

    private TopkMembership() {}

    /** The count comparison {@code rel} stands for, or null when it is no membership in a Topk of a set. */
    static Expr rewrite(Expr.Relation rel, SourceFile source) {
        if (rel.op() != RelOp.IN || !(rel.right() instanceof Expr.Apply call) || !(call.callee() instanceof Expr.Sym f)
                || !f.bare() || !NAMES.contains(f.base()) || call.args().size() != 2
                || !(call.args().get(0) instanceof Expr.Group set) || set.bracket() != Bracket.SET
                || set.items().size() != 1) {
            return null;
        }
        Expr[] member = new Expr[1];
        Expr condition = condition(set.items().get(0), member);
        if (condition == null || member[0] == null) {
            return null;
        }
        Span at = call.span();
        String text = source.slice(condition.span()).replaceAll("\\s+", "");
        Expr.Sym sum = new Expr.Sym(f.span(), SymKind.COMMAND, "\\sum", null,
                new Script(condition.span(), List.of(condition), text), null, 0);
        Expr greater = new Expr.Relation(set.span(), set.span(), RelOp.GT, member[0], rel.left());
        Expr count = new Expr.BigOp(at, sum, greater);
        return new Expr.Relation(rel.span(), rel.opSpan(), RelOp.LT, count, call.args().get(1));
    }

    /**
     * The set's condition with its element taken out: {@code e | 1 \le j \le N} parses as {@code ((e | 1) \le j)
     * \le N}, the bar binding tightest, so the element is the left of the bar at the bottom of the left spine.
     */
    private static Expr condition(Expr e, Expr[] member) {
        if (e instanceof Expr.Relation r && (r.op() == RelOp.GIVEN || r.op() == RelOp.SUCH_THAT)) {
            if (member[0] != null) {
                return null;
            }
            member[0] = r.left();
            return r.right();
        }
        if (e instanceof Expr.Relation r) {
            Expr left = condition(r.left(), member);
            return left == null ? null : new Expr.Relation(left.span().to(r.right().span()), r.opSpan(), r.op(), left,
                    r.right());
        }
        return null;
    }
}
