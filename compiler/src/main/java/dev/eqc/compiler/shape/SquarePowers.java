package dev.eqc.compiler.shape;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A square matrix raised to a whole power of 2 or more ({@code A^2}, {@code \mathbf{S}^K} with {@code K = 2}):
 * the matrix power or each entry's power (docs/LANGUAGE.md, "Reading rules").
 *
 * <p>The context decides, so the decision waits until the definition's products are known. The matrix power
 * is read where the power is a factor of a matrix product ({@code \mathbf{S}^K\mathbf{X}\Theta} in SGC,
 * {@code \hat{A}^2 X W}, {@code (I + A + A^2) X}, through numbers and sums) or where its base is itself a
 * matrix product ({@code (XX^\top)^2} in Muon): the power is then rewritten as the product of copies of its
 * base, and W0102 says so. Elsewhere ({@code Y = A^2}, {@code \exp(-D^2)}) a literal power is read element-wise
 * (W0102 names the matrix power) and a named one is E0150, as neither reading is the evident one.
 */
final class SquarePowers {
    private final ShapeInference pass;
    /** Powers not yet known to be matrix powers, in the order met. */
    private final Set<Term.Power> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Term.Power> order = new ArrayList<>();
    private final Set<Term.Power> matrixPowers = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Term.Power> running = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Checking derived terms (see {@link ShapeInference#inferDerived}): every power stays each entry's. */
    boolean derived;

    SquarePowers(ShapeInference pass) {
        this.pass = pass;
    }

    /** The whole exponent, 2 or more, of a literal or a named constant; else null. */
    static Integer wholeExponent(Term exponent) {
        Double k = exponent instanceof Term.Literal l ? Double.valueOf(l.value())
                : exponent instanceof Term.ConstRef c ? c.constant().value() : null;
        return k != null && k >= 2 && k == Math.rint(k) && k <= 64 ? (int) Math.round(k) : null;
    }

    /** {@code p} raises a square matrix to a whole power: decide now if its base says, else wait for the context. */
    void note(Term.Power p) {
        if (derived || matrixPowers.contains(p)) {
            return;
        }
        if (p.base() instanceof Term.Product b && isMatrixProduct(b)) {
            read(p, "its base is a matrix product");
        } else if (pending.add(p)) {
            order.add(p);
        }
    }

    /**
     * {@code p} raises a square matrix to a running whole power ({@code L^k} with k a sum's index or an integer
     * input): the context decides as for a constant power, and a matrix power is computed at run time.
     */
    boolean noteRunning(Term.Power p) {
        if (derived || !runningExponent(p.exponent())) {
            return false;
        }
        if (!matrixPowers.contains(p) && pending.add(p)) {
            order.add(p);
        }
        return true;
    }

    /** An exponent made of indexes, integer inputs and whole numbers: {@code k}, {@code k - 1}, {@code 2k}. */
    private boolean runningExponent(Term e) {
        if (e instanceof Term.IndexValue) {
            return true;
        }
        if (e instanceof Term.InputRef in) {
            return in.input().integer();
        }
        if (e instanceof Term.Literal l) {
            return l.value() == Math.rint(l.value());
        }
        if (e instanceof Term.Arith a && a.op() != Term.ArithOp.DIV) {
            return runningExponent(a.left()) && runningExponent(a.right())
                    && (!(a.left() instanceof Term.Literal) || !(a.right() instanceof Term.Literal));
        }
        if (e instanceof Term.Product q) {
            return runningExponent(q.left()) && runningExponent(q.right());
        }
        return false;
    }

    /** A matrix product {@code product} was decided: a pending power among its factors is a matrix power. */
    void factorsOf(Term.Product product) {
        for (Term factor : List.of(product.left(), product.right())) {
            visitFactor(factor, product);
        }
    }

    private void visitFactor(Term t, Term.Product product) {
        if (t instanceof Term.Power p && pending.contains(p) && !activationPower(p)) {
            read(p, "it multiplies `" + pass.source.slice(other(product, t).span()).trim() + "` as a matrix");
        } else if (t instanceof Term.Negate n) {
            visitFactor(n.operand(), product);
        } else if (t instanceof Term.Product q && pass.products.get(q) == ProductKind.SCALE) {
            visitFactor(q.left(), product);
            visitFactor(q.right(), product);
        } else if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB)) {
            // (I + A + A^2) X: a polynomial in the matrix.
            visitFactor(a.left(), product);
            visitFactor(a.right(), product);
        } else if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.MUL || a.op() == Term.ArithOp.DIV)
                && isNumber(a.right())) {
            visitFactor(a.left(), product);    // A^2 / 2 X
        } else if (t instanceof Term.Arith a && a.op() == Term.ArithOp.MUL && isNumber(a.left())) {
            visitFactor(a.right(), product);
        }
    }

    private static Term other(Term.Product product, Term factorSide) {
        return product.left() == factorSide || contains(product.left(), factorSide) ? product.right() : product.left();
    }

    private static boolean contains(Term tree, Term t) {
        for (Term x : dev.eqc.compiler.term.TermTrees.preorder(tree)) {
            if (x == t) {
                return true;
            }
        }
        return false;
    }

    private boolean isMatrixProduct(Term.Product b) {
        ProductKind k = pass.products.get(b);
        return k == ProductKind.MATMUL;
    }

    private void read(Term.Power p, String why) {
        pending.remove(p);
        matrixPowers.add(p);
        String base = pass.source.slice(p.base().span()).trim();
        String e = pass.source.slice(p.exponent().span()).trim();
        Integer k = wholeExponent(p.exponent());
        if (k == null) {
            // L^k with k running (a sum's index, an integer input): one matrix power per value, computed at run time.
            running.add(p);
            Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + pass.source.slice(p.span()).trim()
                            + "` of a square matrix is read as the matrix power (`" + base + "` multiplied by itself, "
                            + e + " factors, the identity for 0) for each value of " + e + ", as " + why)
                    .caret("matrix power")
                    .help("for each entry's power index it: `" + base + "_{ij}^{" + e + "}`")
                    .report(pass.diagnostics);
            return;
        }
        pass.readings.add(Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + pass.source.slice(p.span()).trim()
                        + "` of a square matrix is read as the matrix power (the product of "
                        + (p.exponent() instanceof Term.ConstRef c ? c.constant().latex() + " = " : "") + k
                        + " copies of `" + base + "`), as " + why)
                .caret("matrix power")
                .help("for each entry's power index it: `" + base + "_{ij}^{" + e + "}`; write the product, like `"
                        + base + " " + base + "`, to silence this warning")
                .build());
        pass.rewrites.put(p, t -> {
            Term.Power q = (Term.Power) t;
            Term chain = q.base();
            for (int i = 1; i < k; i++) {
                chain = new Term.Product(q.span(), q.exponent().span(), chain, q.base());
            }
            return chain;
        });
    }

    /** The powers with a running exponent read as matrix powers, for {@link TypedProgram#powerKind}. */
    Set<Term.Power> running() {
        return running;
    }

    /**
     * The powers no matrix product claimed: the matrix power again unless an element-wise operation takes them
     * ({@code \exp(-D^2)}, {@code \mathrm{relu}^2(S)}, {@code G^2 \odot M}, {@code \frac{m}{A^2}}); there a
     * literal power is read element-wise (W0102) and a named one is E0150.
     */
    void finish(List<Definition> definitions) {
        if (pending.isEmpty()) {
            return;
        }
        for (Definition d : definitions) {
            walk(d.body(), new ArrayDeque<>());
        }
        for (Term.Power p : order) {
            if (pending.contains(p)) {
                elementwise(p);
            }
        }
    }

    private void walk(Term t, Deque<Term> ancestors) {
        if (t instanceof Term.Power p && pending.contains(p)) {
            String why = matrixContext(p, ancestors);
            if (why != null) {
                read(p, why);
            }
        }
        ancestors.push(t);
        for (Term k : t.children()) {
            walk(k, ancestors);
        }
        ancestors.pop();
    }

    /** Why {@code p} is a matrix power where it stands, or null when an element-wise operation takes it. */
    private String matrixContext(Term.Power p, Deque<Term> ancestors) {
        if (activationPower(p)) {
            return null;
        }
        Term child = p;
        for (Term up : ancestors) {
            boolean passes;
            if (up instanceof Term.Negate) {
                passes = true;
            } else if (up instanceof Term.Product q) {
                passes = pass.products.get(q) == ProductKind.SCALE;
            } else if (up instanceof Term.Arith a) {
                passes = a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB
                        || a.op() == Term.ArithOp.MUL && isNumber(a.left() == child ? a.right() : a.left())
                        || a.op() == Term.ArithOp.DIV && a.left() == child && isNumber(a.right());
            } else if (up instanceof Term.Where w) {
                passes = w.condition() != child;   // a term cut at a limit, a cases row: the value chosen
            } else {
                passes = false;
            }
            if (!passes) {
                boolean elementwise = up instanceof Term.BuiltinCall b ? elementwise(b.builtin())
                        : up instanceof Term.Product || up instanceof Term.Arith || up instanceof Term.Power
                                || up instanceof Term.Where || up instanceof Term.Compare;
                return elementwise ? null : "no element-wise operation takes it";
            }
            child = up;
        }
        return "no element-wise operation takes it";
    }

    /** {@code \mathrm{relu}^2(S)}, {@code \sigma(X)^2}: the power of an activation's values is each entry's. */
    private boolean activationPower(Term.Power p) {
        return p.base() instanceof Term.BuiltinCall b && elementwise(b.builtin())
                || p.base() instanceof Term.Product q && pass.products.get(q) == ProductKind.ELEMENTWISE;
    }

    private boolean isNumber(Term t) {
        Shape s = pass.shapes.get(t);
        return s != null && s.isScalar();
    }

    private static boolean elementwise(Builtin b) {
        return b.kind() != Builtin.Kind.STRUCTURAL;
    }

    private void elementwise(Term.Power p) {
        String text = pass.source.slice(p.span()).trim();
        String b = pass.source.slice(p.base().span()).trim();
        String e = pass.source.slice(p.exponent().span()).trim();
        if (wholeExponent(p.exponent()) == null || p.exponent() instanceof Term.Literal) {
            Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + text + "` of a square matrix is read element-wise"
                            + " (each entry raised to " + e + "), not as the matrix power, as "
                            + (p.base() instanceof Term.BuiltinCall ? "its base is the value of an element-wise function"
                                    : "an element-wise operation takes it"))
                    .caret("element-wise power")
                    .help("for the matrix power write the product, like `" + b + " " + b + "`; write `" + b
                            + " \\odot " + b + "` to say element-wise and silence this warning")
                    .report(pass.diagnostics);
        } else {
            Diagnostic.of(Code.E0150, pass.source, p.span(), "`" + text + "` raises a square matrix to a named"
                            + " power inside an element-wise operation: the matrix power (" + b + " times itself) or"
                            + " each entry's power cannot be told apart")
                    .caret("")
                    .help("write the matrix power as the product, like `" + b + " " + b + "`, or the element-wise"
                            + " power as `" + b + "_{ij}^{" + e + "}`")
                    .report(pass.diagnostics);
        }
    }
}
