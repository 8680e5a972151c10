package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dimension expression in canonical form: a sum of monomials (sorted products of symbols)
 * with rational coefficients, so that {@code d_v + d_v}, {@code 2d_v} and {@code 4d_v/2} are the
 * same size. Quotients by anything but a number are kept as opaque symbols.
 */
final class DimPolynomial {
    private final TreeMap<String, double[]> terms = new TreeMap<>();

    static DimPolynomial of(Dim d) {
        DimPolynomial p = new DimPolynomial();
        if (d instanceof Dim.Known k) {
            p.add("", k.value());
        } else if (d instanceof Dim.Symbol s) {
            p.add(s.name(), 1);
        } else {
            Dim.Compound c = (Dim.Compound) d;
            DimPolynomial l = of(c.left());
            DimPolynomial r = of(c.right());
            switch (c.op()) {
                case '+' -> {
                    p.addAll(l, 1);
                    p.addAll(r, 1);
                }
                case '-' -> {
                    p.addAll(l, 1);
                    p.addAll(r, -1);
                }
                case '*' -> {
                    for (Map.Entry<String, double[]> a : l.terms.entrySet()) {
                        for (Map.Entry<String, double[]> b : r.terms.entrySet()) {
                            p.add(multiply(a.getKey(), b.getKey()), a.getValue()[0] * b.getValue()[0]);
                        }
                    }
                }
                case '/' -> {
                    Double divisor = r.constant();
                    if (divisor != null && divisor != 0) {
                        p.addAll(l, 1 / divisor);
                    } else {
                        p.add("(" + c + ")", 1);
                    }
                }
                default -> throw new AssertionError(c.op());
            }
        }
        p.terms.values().removeIf(v -> Math.abs(v[0]) < 1e-12);
        return p;
    }

    private Double constant() {
        if (terms.isEmpty()) {
            return 0.0;
        }
        return terms.size() == 1 && terms.containsKey("") ? terms.get("")[0] : null;
    }

    private void add(String monomial, double coefficient) {
        terms.computeIfAbsent(monomial, k -> new double[1])[0] += coefficient;
    }

    private void addAll(DimPolynomial other, double factor) {
        other.terms.forEach((k, v) -> add(k, v[0] * factor));
    }

    private static String multiply(String a, String b) {
        List<String> symbols = new ArrayList<>();
        if (!a.isEmpty()) {
            Collections.addAll(symbols, a.split("\\*"));
        }
        if (!b.isEmpty()) {
            Collections.addAll(symbols, b.split("\\*"));
        }
        Collections.sort(symbols);
        return String.join("*", symbols);
    }

    boolean sameAs(DimPolynomial other) {
        if (!terms.keySet().equals(other.terms.keySet())) {
            return false;
        }
        for (Map.Entry<String, double[]> e : terms.entrySet()) {
            if (Math.abs(e.getValue()[0] - other.terms.get(e.getKey())[0]) > 1e-9) {
                return false;
            }
        }
        return true;
    }
}
