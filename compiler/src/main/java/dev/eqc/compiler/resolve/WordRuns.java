package dev.eqc.compiler.resolve;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short words that name counts, as scikit-learn's user guide prints the Matthews correlation coefficient: {@code MCC =
 * \frac{tp \times tn - fp \times fn}{\sqrt{(tp + fp)(tp + fn)(tn + fp)(tn + fn)}}}, with tp, tn, fp, fn "the numbers
 * of true and false positives and negatives" (prose, no declaration). A run of two or three lower-case letters the
 * file neither declares nor defines is one name (W0466) when none of its letters is written alone anywhere in the file
 * (declared, defined or read as a value) and the run is written twice or shares a letter with another such run (the
 * letters combine in several ways but never stand alone). It was the product of its letters, t times p, and the run
 * asked for inputs t, p, n and f. A run written once whose letters appear nowhere else ({@code c = ab}) stays a
 * product.
 */
final class WordRuns {
    private WordRuns() {}

    static Set<String> of(Program program) {
        Set<String> alone = new HashSet<>();
        Map<String, Integer> runs = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> alone.add(n.base()));
            } else if (s instanceof Statement.Definition d) {
                if (d.lhs() instanceof Expr.Sym n) {
                    alone.add(n.base());
                } else if (d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f) {
                    alone.add(f.base());
                    a.args().forEach(x -> IndexLetters.nodes(x, true).forEach(y -> {
                        if (y instanceof Expr.Sym p) {
                            alone.add(p.base());
                        }
                    }));
                }
                scan(d.rhs(), alone, runs);
            } else if (s instanceof Statement.Continuation c) {
                scan(c.rhs(), alone, runs);
            } else if (s instanceof Statement.Bare b) {
                scan(b.expr(), alone, runs);
            }
        }
        Set<String> candidates = new HashSet<>();
        for (String run : runs.keySet()) {
            if (run.chars().noneMatch(c -> alone.contains(String.valueOf((char) c))) && !alone.contains(run)) {
                candidates.add(run);
            }
        }
        Set<String> out = new HashSet<>();
        for (String run : candidates) {
            boolean shares = candidates.stream().anyMatch(o -> !o.equals(run) && o.chars().anyMatch(c -> run.indexOf(c) >= 0));
            if (runs.get(run) >= 2 || shares) {
                out.add(run);
            }
        }
        return out;
    }

    private static void scan(Expr e, Set<String> alone, Map<String, Integer> runs) {
        for (Expr x : IndexLetters.nodes(e, true)) {
            if (!(x instanceof Expr.Sym s) || s.kind() != SymKind.LETTERS) {
                continue;
            }
            if (s.base().length() == 1) {
                alone.add(s.base());
            } else if (s.bare() && s.base().length() <= 3 && s.base().chars().allMatch(Character::isLowerCase)
                    && Builtin.lookup(s.base()).isEmpty()) {
                runs.merge(s.base(), 1, Integer::sum);
            } else {
                // a longer or scripted run (QK^T, Ax_i) splits into letters that are values of their own
                for (char c : s.base().toCharArray()) {
                    alone.add(String.valueOf(c));
                }
            }
            if (s.sub() != null) {
                s.sub().items().forEach(i -> IndexLetters.nodes(i, true).forEach(y -> {
                    if (y instanceof Expr.Sym l && l.kind() == SymKind.LETTERS) {
                        for (char c : l.base().toCharArray()) {
                            alone.add(String.valueOf(c));
                        }
                    }
                }));
            }
        }
    }
}
