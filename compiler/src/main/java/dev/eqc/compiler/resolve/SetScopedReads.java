package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each indexed name of a file is read, and under which sums over a set ({@code \sum_{j \in \mathcal{N}_i}}):
 * what decides the set a {@code \mathrm{softmax}_j} left implicit runs over. The graph transformer's
 * {@code \hat{h}_i = \sum_{j \in \mathcal{N}_i} w_{ij} V h_j, \quad w_{ij} = \mathrm{softmax}_j(…)} and GAT's
 * {@code \alpha_{ij} = \mathrm{softmax}_j(e_{ij})} read only in {@code \sum_{j \in \mathcal{N}_i} \alpha_{ij} W h_j}
 * normalise over the neighbours (docs/LANGUAGE.md, "Sums over index sets"). Read from the statements before names
 * are resolved.
 */
final class SetScopedReads {
    /** A set written {@code \mathcal{N}_i}, {@code \mathcal{N}(i)} or {@code \mathcal{N}(i) \cup \{i\}}. */
    record WrittenSet(Expr.Sym family, String owner, boolean withOwner, Span span) {
        boolean sameAs(WrittenSet o) {
            return NameKeys.full(family).equals(NameKeys.full(o.family)) && withOwner == o.withOwner;
        }
    }

    /** A sum's member running over a set: {@code j} of {@code \sum_{j \in \mathcal{N}_i}}. */
    record Membership(String member, WrittenSet set) {}

    /** One read of an indexed name: its index letters and the memberships of the sums around it, innermost last. */
    record Read(Span span, List<String> letters, List<Membership> around) {}

    static final SetScopedReads NONE = new SetScopedReads(Map.of());

    private final Map<String, List<Read>> reads;

    private SetScopedReads(Map<String, List<Read>> reads) {
        this.reads = reads;
    }

    /** The reads of the name with key {@code key} (its subscript of indices left out), in the order written. */
    List<Read> of(String key) {
        return reads.getOrDefault(key, List.of());
    }

    static SetScopedReads scan(Program program) {
        Map<String, List<Read>> reads = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                walk(d.rhs(), new ArrayDeque<>(), reads);
            } else if (s instanceof Statement.Continuation c) {
                walk(c.rhs(), new ArrayDeque<>(), reads);
            } else if (s instanceof Statement.Bare b) {
                walk(b.expr(), new ArrayDeque<>(), reads);
            }
        }
        return new SetScopedReads(reads);
    }

    private static void walk(Expr e, Deque<Membership> around, Map<String, List<Read>> reads) {
        if (e instanceof Expr.Sym s) {
            List<String> letters = s.sub() == null ? null : IndexLetters.of(s.sub());
            if (letters != null) {
                String key = NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes()));
                List<Membership> scopes = new ArrayList<>(around);
                java.util.Collections.reverse(scopes);   // the deque holds the innermost first
                reads.computeIfAbsent(key, k -> new ArrayList<>()).add(new Read(s.span(), letters, scopes));
            }
            return;
        }
        Membership m = e instanceof Expr.BigOp b ? membership(b) : null;
        if (m != null) {
            around.push(m);
        }
        for (Expr child : IndexLetters.children(e)) {
            walk(child, around, reads);
        }
        if (m != null) {
            around.pop();
        }
    }

    /** {@code j \in \mathcal{N}_i} under a big operator, or null. */
    static Membership membership(Expr.BigOp b) {
        Expr.Sym op = b.operator();
        if (op.sub() == null || !op.sub().isSingle() || !(op.sub().single() instanceof Expr.Relation r)) {
            return null;
        }
        return membership(r);
    }

    /** {@code j \in \mathcal{N}_i}, or null. */
    static Membership membership(Expr.Relation r) {
        if (r.op() != RelOp.IN || !(r.left() instanceof Expr.Sym member) || !member.bare()
                || member.kind() != SymKind.LETTERS && member.kind() != SymKind.COMMAND) {
            return null;
        }
        WrittenSet set = writtenSet(r.right());
        return set == null || set.owner().equals(member.base()) ? null : new Membership(member.base(), set);
    }

    /** {@code \mathcal{N}_i}, {@code \mathcal{N}(i)}, {@code \mathcal{N}(i) \cup \{i\}} with one letter as owner, or null. */
    static WrittenSet writtenSet(Expr e) {
        WrittenSet w = e instanceof Expr.Binary u0 && u0.op() == BinaryOp.UNION ? writtenSet(u0.left()) : null;
        if (e instanceof Expr.Binary u && w != null && !w.withOwner() && u.right() instanceof Expr.Group g
                && (g.bracket() == Bracket.SET || g.bracket() == Bracket.BRACE) && g.items().size() == 1
                && g.items().get(0) instanceof Expr.Sym own && own.bare() && own.base().equals(w.owner())) {
            return new WrittenSet(w.family(), w.owner(), true, u.span());
        }
        if (e instanceof Expr.Sym s && s.sup() == null && s.sub() != null && s.sub().isSingle()
                && s.kind() != SymKind.BB && letter(s.sub().single()) != null) {
            return new WrittenSet(s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null,
                    s.primes()), letter(s.sub().single()), false, s.span());
        }
        if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && f.bare() && f.kind() == SymKind.CAL
                && a.args().size() == 1 && letter(a.args().get(0)) != null) {
            return new WrittenSet(f, letter(a.args().get(0)), false, a.span());
        }
        return null;
    }

    private static String letter(Expr e) {
        return e instanceof Expr.Sym v && v.bare() && (v.kind() == SymKind.LETTERS || v.kind() == SymKind.COMMAND)
                && (v.kind() == SymKind.COMMAND || v.base().length() == 1) ? v.base() : null;
    }
}
