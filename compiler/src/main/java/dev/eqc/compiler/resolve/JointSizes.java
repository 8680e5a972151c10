package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Products of two sizes the file never writes apart: FixMatch's {@code \mathbb{R}^{\mu B \times C}} (μB unlabelled
 * samples) with {@code \frac{1}{\mu B}} and {@code \sum_{b=1}^{\mu B}}. Such a product is one size, named as printed
 * ({@code \mu B}): an axis of that size tells it, though it tells neither factor (was E0110, "`\mu` cannot be
 * measured"). A factor written anywhere else on its own (a declaration, a value, a script) keeps the product a
 * product of two sizes, each to be told apart.
 */
final class JointSizes {
    private JointSizes() {}

    /** The key of the joint size {@code left right}, as {@link DimConverter} and the body name it. */
    static String key(Expr.Sym left, Expr.Sym right) {
        return NameKeys.withSub(left) + " " + NameKeys.withSub(right);
    }

    /** The two bare names side by side that {@code e} is, or null. */
    static Expr.Sym[] factors(Expr e) {
        return e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym l && sizeName(l)
                && b.right() instanceof Expr.Sym r && sizeName(r) && !NameKeys.withSub(l).equals(NameKeys.withSub(r))
                ? new Expr.Sym[] {l, r} : null;
    }

    /** {@code B}, {@code \mu}, and DeepSeek-V2's {@code d_h}, {@code n_h}: a name, bare or with one plain subscript. */
    private static boolean sizeName(Expr.Sym s) {
        return s.bare() || s.sup() == null && s.accent() == null && s.primes() == 0 && s.sub() != null
                && s.sub().isSingle() && s.sub().single() instanceof Expr.Sym label && label.bare();
    }

    /** The keys of the products some declaration's size writes and whose factors appear nowhere apart. */
    static Set<String> of(Program program) {
        Map<String, Integer> alone = new HashMap<>();
        Map<String, Integer> together = new HashMap<>();
        Set<String> declared = new HashSet<>();
        Deque<Expr> stack = new ArrayDeque<>();
        for (Statement s : program.statements()) {
            for (Expr e : expressions(s)) {
                stack.push(e);
            }
            if (s instanceof Statement.Declaration d) {
                for (Expr dim : d.domain().dims()) {
                    Expr.Sym[] f = factors(dim);
                    if (f != null) {
                        declared.add(key(f[0], f[1]));
                    }
                }
            }
        }
        while (!stack.isEmpty()) {
            Expr e = stack.pop();
            Expr.Sym[] f = factors(e);
            if (f != null) {
                together.merge(key(f[0], f[1]), 1, Integer::sum);
                continue;
            }
            if (e instanceof Expr.Sym s) {
                alone.merge(NameKeys.withSub(s.withScripts(s.span(), null, null, 0)), 1, Integer::sum);
                if (s.sub() != null) {
                    s.sub().items().forEach(stack::push);
                }
                if (s.sup() != null) {
                    s.sup().items().forEach(stack::push);
                }
            } else if (e instanceof Expr.BigOp b) {
                stack.push(b.operator());
                stack.push(b.body());
            } else {
                IndexLetters.children(e).forEach(stack::push);
            }
        }
        Set<String> out = new HashSet<>();
        for (String k : declared) {
            String[] parts = k.split(" ");
            if (parts.length == 2 && !alone.containsKey(parts[0]) && !alone.containsKey(parts[1])
                    && together.containsKey(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static List<Expr> expressions(Statement s) {
        List<Expr> out = new ArrayList<>();
        if (s instanceof Statement.Declaration d) {
            out.addAll(d.names());
            out.addAll(d.domain().dims());
            out.addAll(d.applied());
            Expr set = d.domain().set();
            // \mathbb{R}^{\mu B \times \mu B} again, read as one expression ((\mu B \times \mu) B): its sizes are
            // the dims above; a label set's members (\{1, \dots, K\}) are read, not its exponent
            while (set instanceof Expr.Power p) {
                set = p.base();
            }
            if (set != null && !(set instanceof Expr.Sym)) {
                out.add(set);
            } else if (set instanceof Expr.Sym named && named.sub() != null) {
                out.addAll(named.sub().items());
            }
            if (d.family() != null) {
                out.add(d.family().index());
                out.add(d.family().first());
                out.add(d.family().last());
            }
        } else if (s instanceof Statement.Definition d) {
            out.add(d.lhs());
            out.add(d.rhs());
        } else if (s instanceof Statement.Continuation c) {
            out.add(c.rhs());
        } else if (s instanceof Statement.ShapeAssertion a) {
            out.addAll(expressions(a.of()));
            out.addAll(a.domain().dims());
        } else if (s instanceof Statement.Condition c) {
            out.addAll(expressions(c.of()));
            out.addAll(c.condition());
        } else if (s instanceof Statement.Bare b) {
            out.add(b.expr());
        } else {
            throw new AssertionError(s);   // a new kind of statement: say where its expressions are
        }
        return out;
    }
}
