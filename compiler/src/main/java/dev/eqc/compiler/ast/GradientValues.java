package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;

/**
 * {@code \nabla f(y_t)}, {@code \nabla F(x_j)}, {@code \nabla f(\theta_t + \mu v_t)}, {@code \nabla_x J(\theta, x, y)}: the gradient of a function the
 * paper does not define, at the point written, which the paper gives (schedule-free SGD, AdaGrad-Norm, Sutskever et
 * al.'s momentum). Declared with its shape, it is an input named as printed, like any declared application; this
 * is the one form both the declaration and its uses are read as: the application of one name, {@code \nabla f},
 * to the arguments written.
 */
public final class GradientValues {
    private GradientValues() {}

    /**
     * The application of the name {@code \nabla f} for {@code \nabla f(…)} (a bare {@code \nabla} before a named
     * function's application), else null. The name's span covers {@code \nabla f}, so it prints as written.
     */
    public static Expr.Apply asApplication(Expr e) {
        if (!(e instanceof Expr.Binary b) || b.op() != BinaryOp.JUXTAPOSE || !(b.left() instanceof Expr.Sym nabla)
                || nabla.kind() != SymKind.COMMAND || !nabla.base().equals("\\nabla") || nabla.sup() != null
                || nabla.accent() != null || nabla.primes() != 0
                || !(b.right() instanceof Expr.Apply call) || !(call.callee() instanceof Expr.Sym f)
                || f.sup() != null || f.kind() == SymKind.COMMAND && !f.base().matches("\\\\[A-Za-z]+")
                || call.args().isEmpty()) {
            return null;
        }
        String key = f.base() + (f.accent() == null ? "" : f.accent()) + (f.sub() == null ? "" : f.sub().key())
                + "'".repeat(f.primes());
        // \nabla_{\boldsymbol{x}} J(\boldsymbol{\theta}, \boldsymbol{x}, y) (FGSM), \nabla_x L(\theta, x, y) (PGD): the
        // variable written under \nabla is part of the name, so each gradient given is its own input.
        String wrt = nabla.sub() == null ? "" : "_" + nabla.sub().key().replaceAll("[^A-Za-z0-9]", "") + "_";
        Expr.Sym named = new Expr.Sym(new Span(nabla.span().start(), f.span().end()), SymKind.WORD,
                "nabla" + wrt + key.replaceAll("[^A-Za-z0-9]", ""), null, null, null, 0);
        return new Expr.Apply(new Span(nabla.span().start(), call.span().end()), named, call.args(), call.argsSpan());
    }

    /** {@code \partial X} (or {@code \partial (X)}): X, else null; {@code \partial} alone is null. */
    public static Expr partialOf(Expr e) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym d
                && isPartialSign(d)) {
            return b.right();
        }
        if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym d && isPartialSign(d) && a.args().size() == 1) {
            return a.args().get(0); // \partial (W x)
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && partialOf(b.left()) != null) {
            // \partial L[\boldsymbol\phi_t] reads ((\partial L) [\phi_t]): the partial is of the whole product.
            Expr inner = partialOf(b.left());
            return new Expr.Binary(new Span(inner.span().start(), b.span().end()), b.opSpan(), b.op(), inner, b.right());
        }
        return null;
    }

    private static boolean isPartialSign(Expr.Sym s) {
        return s.kind() == SymKind.COMMAND && s.base().equals("\\partial") && s.bare();
    }

    /**
     * Prince's {@code \frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi} \in \mathbb{R}^{D}}: a
     * derivative written as a fraction of partials, declared with its shape, is the gradient the paper gives, an
     * input named as printed ({@code printed}, the fraction's text). The one name its declaration and its uses are
     * read as; null when {@code f} is no fraction of partials.
     */
    public static Expr.Sym givenName(Expr.Frac f, String printed) {
        if (partialOf(f.num()) == null || partialOf(f.den()) == null) {
            return null;
        }
        return new Expr.Sym(f.span(), SymKind.WORD, "partial" + printed.replaceAll("\\\\(partial|frac|boldsymbol|mathbf|bm)"
                + "(?![A-Za-z])", "").replaceAll("[^A-Za-z0-9]", ""), null, null, null, 0);
    }

    /**
     * Wikipedia's Adam, {@code \nabla_w L^{(t)} \in \mathbb{R}^{n}}: a gradient with its variable below {@code \nabla}
     * of a plain name, declared with its shape, is the gradient the paper gives, an input named as printed
     * ({@code printed}). The one name its declaration and its uses are read as; null for any other form.
     */
    public static Expr.Sym givenNablaName(Expr e, String printed) {
        if (!(e instanceof Expr.Binary b) || b.op() != BinaryOp.JUXTAPOSE || !(b.left() instanceof Expr.Sym nabla)
                || nabla.kind() != SymKind.COMMAND || !nabla.base().equals("\\nabla") || nabla.sub() == null
                || nabla.sup() != null || !(b.right() instanceof Expr.Sym of) || of.kind() == SymKind.COMMAND
                && !of.base().matches("\\\\[A-Za-z]+")) {
            return null;
        }
        return new Expr.Sym(b.span(), SymKind.WORD, "nabla" + printed.replaceAll("\\\\(nabla|boldsymbol|mathbf|bm)"
                + "(?![A-Za-z])", "").replaceAll("[^A-Za-z0-9]", ""), null, null, null, 0);
    }
}
