package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * A function nothing in the file calls whose parameters are declared inputs with axes and whose body reads each of
 * them only at one index letter bound nowhere: PyTorch's TripletMarginLoss {@code L(a, p, n) = \max\{d(a_i, p_i) -
 * d(a_i, n_i) + {\rm margin}, 0\}} over the declared rows {@code a, p, n}. The parameters say what the value is of;
 * the value is defined element by element over the letter, as {@code L_i = …} (W0427). Before, {@code a_i} was an
 * undeclared scalar input of its own (W0101) and the declared {@code a} was dropped as notation (W0252).
 */
final class ElementwiseParameters {
    private ElementwiseParameters() {}

    /** The letter and the span of its first subscript, when {@code params} are read so; else null. */
    record Letter(String letter, Span at) {}

    static Letter of(Expr.Sym callee, List<Expr.Sym> params, Expr rhs, FileScope r) {
        if (params.isEmpty() || callee.sub() != null || callee.sup() != null
                || !r.applicationTexts(NameKeys.full(callee)).isEmpty()) {
            return null;
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Expr.Sym p : params) {
            String key = NameKeys.full(p);
            dev.eqc.compiler.term.Input in = r.input(key);
            if (p.sub() != null || p.sup() != null || in == null || !in.declared() || in.dims() == null
                    || in.dims().isEmpty() || !keys.add(key)) {
                return null;
            }
        }
        String[] letter = {null};
        Span[] first = {null};
        boolean[] other = {false};
        java.util.Set<String> read = new java.util.HashSet<>();
        SubscriptForms.walk(rhs, e -> {
            if (!(e instanceof Expr.Sym s)) {
                return;
            }
            if (keys.contains(NameKeys.full(s))) {
                other[0] = true;   // the whole parameter is read too
                return;
            }
            String base = NameKeys.full(s.withScripts(s.span(), null, null, s.primes()));
            if (!keys.contains(base)) {
                return;
            }
            List<String> letters = s.sup() == null ? IndexLetters.of(s.sub()) : null;
            if (letters == null || letters.size() != 1 || letter[0] != null && !letter[0].equals(letters.get(0))) {
                other[0] = true;
                return;
            }
            letter[0] = letters.get(0);
            read.add(base);
            if (first[0] == null) {
                first[0] = s.sub().span();
            }
        });
        if (other[0] || letter[0] == null || !read.equals(keys) || keys.contains(letter[0])) {
            return null;
        }
        // The letter appears nowhere but in those subscripts: not under a sum (\sum_i v_i a_i), not as a number.
        int[] uses = {0, 0};
        SubscriptForms.walk(rhs, e -> {
            if (e instanceof Expr.Sym s && s.bare() && s.base().equals(letter[0])) {
                uses[0]++;
            } else if (e instanceof Expr.Sym s && s.sub() != null
                    && keys.contains(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())))) {
                uses[1]++;
            }
        });
        if (uses[0] != uses[1]) {
            return null;
        }
        java.util.function.Predicate<String> known = k -> r.hasInput(k) || r.isDimension(k)
                || r.isDefinedName(k) || !r.appliedInputs(k).isEmpty();
        if (known.test(letter[0]) || r.isTimeStep(letter[0]) || !IndexLetters.occursFree(letter[0], rhs, known)) {
            return null;
        }
        return new Letter(letter[0], first[0]);
    }
}
