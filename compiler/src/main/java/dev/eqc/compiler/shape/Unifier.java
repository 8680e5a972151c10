package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unification of dimensions across a file. Declared symbols are rigid (two different
 * declared symbols never unify); symbols invented for undeclared inputs are flexible and get
 * bound, the later-created to the earlier, so names stay stable and readable.
 */
final class Unifier {
    private final Map<String, Dim> bindings = new HashMap<>();
    private final Map<String, Integer> created = new HashMap<>();

    Dim.Symbol fresh(String name) {
        String unique = name;
        for (int i = 2; created.containsKey(unique); i++) {
            unique = name + i;
        }
        created.put(unique, created.size());
        return new Dim.Symbol(unique, true);
    }

    Dim resolve(Dim d) {
        if (d instanceof Dim.Symbol s && s.flexible()) {
            Dim bound = bindings.get(s.name());
            if (bound != null) {
                Dim r = resolve(bound);
                bindings.put(s.name(), r);
                return r;
            }
            return s;
        }
        if (d instanceof Dim.Compound c) {
            return new Dim.Compound(c.op(), resolve(c.left()), resolve(c.right()));
        }
        return d;
    }

    Shape resolve(Shape s) {
        List<Dim> dims = new ArrayList<>();
        for (Dim d : s.dims()) {
            dims.add(resolve(d));
        }
        return new Shape(dims);
    }

    /** Makes two dimensions equal if possible; false when they conflict. */
    boolean unify(Dim a, Dim b) {
        Dim x = resolve(a);
        Dim y = resolve(b);
        if (x.equals(y) || x.toString().equals(y.toString())) {
            return true;
        }
        if ((x instanceof Dim.Compound || y instanceof Dim.Compound) && !hasFlexible(x) && !hasFlexible(y)) {
            return DimPolynomial.of(x).sameAs(DimPolynomial.of(y));
        }
        boolean xFlex = x instanceof Dim.Symbol s && s.flexible();
        boolean yFlex = y instanceof Dim.Symbol s && s.flexible();
        if (xFlex && yFlex) {
            Dim.Symbol sx = (Dim.Symbol) x;
            Dim.Symbol sy = (Dim.Symbol) y;
            if (created.getOrDefault(sx.name(), 0) < created.getOrDefault(sy.name(), 0)) {
                bindings.put(sy.name(), sx);
            } else {
                bindings.put(sx.name(), sy);
            }
            return true;
        }
        if (xFlex && !occurs((Dim.Symbol) x, y)) {
            bindings.put(((Dim.Symbol) x).name(), y);
            return true;
        }
        if (yFlex && !occurs((Dim.Symbol) y, x)) {
            bindings.put(((Dim.Symbol) y).name(), x);
            return true;
        }
        return false;
    }

    /** Whether {@code s} occurs in {@code d}: n = 2n has no solution a binding could state (it would never resolve). */
    private static boolean occurs(Dim.Symbol s, Dim d) {
        if (d instanceof Dim.Symbol o) {
            return o.name().equals(s.name());
        }
        return d instanceof Dim.Compound c && (occurs(s, c.left()) || occurs(s, c.right()));
    }

    /** Whether the two are the same size for sure (no binding is made). */
    boolean same(Dim a, Dim b) {
        Dim x = resolve(a);
        Dim y = resolve(b);
        return x.equals(y) || x.toString().equals(y.toString()) || DimPolynomial.of(x).sameAs(DimPolynomial.of(y));
    }

    static boolean hasFlexible(Dim d) {
        if (d instanceof Dim.Symbol s) {
            return s.flexible();
        }
        if (d instanceof Dim.Compound c) {
            return hasFlexible(c.left()) || hasFlexible(c.right());
        }
        return false;
    }

    static boolean isOne(Dim d) {
        return d instanceof Dim.Known k && k.value() == 1;
    }
}
