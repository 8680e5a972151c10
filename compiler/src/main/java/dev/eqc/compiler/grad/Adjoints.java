package dev.eqc.compiler.grad;

import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.source.Span;

/**
 * Builds adjoint terms, folding the multiplications by one that the seed of the backward pass
 * would otherwise leave in the generated code.
 */
final class Adjoints {
    Adjoints() {}

    private static boolean isOne(Term t) {
        return t instanceof Term.Literal l && l.value() == 1.0;
    }

    Term mul(Span at, Term a, Term b) {
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        return new Term.Arith(at, at, Term.ArithOp.MUL, a, b);
    }

    Term div(Span at, Term a, Term b) {
        return new Term.Arith(at, at, Term.ArithOp.DIV, a, b);
    }

    Term add(Span at, Term a, Term b) {
        return new Term.Arith(at, at, Term.ArithOp.ADD, a, b);
    }

    Term sub(Span at, Term a, Term b) {
        return new Term.Arith(at, at, Term.ArithOp.SUB, a, b);
    }

    Term neg(Span at, Term a) {
        if (a instanceof Term.Negate n) {
            return n.operand();
        }
        return new Term.Negate(at, a);
    }

    /** A linear-algebra product; shape inference decides its kind again. */
    Term product(Span at, Term a, Term b) {
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        return new Term.Product(at, at, a, b, false);
    }

    Term lit(Span at, double v) {
        return new Term.Literal(at, v);
    }
}
