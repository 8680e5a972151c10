package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.codegen.BodyEmitter.Value;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.term.Term;

/**
 * Scaled dot-product attention recognised in a product, {@code softmax(QK^T/s)V} or
 * {@code softmax(c QK^T)V} of matrices with a number for the scale: one runtime kernel
 * ({@code Attention.scaledDotProduct}) that works through Q a block of rows at a time, so the
 * n x m score matrix is never materialised.
 */
final class AttentionForm {
    private final BodyEmitter e;

    AttentionForm(BodyEmitter e) {
        this.e = e;
    }

    /**
     * Scaled dot-product attention, {@code softmax(QK^T / s)V} or {@code softmax(c QK^T)V} with
     * matrices Q, K, V and a number for the scale: one runtime kernel that works through Q a
     * block of rows at a time, so the n x m score matrix is never materialised. Null when the
     * product is not of that form.
     */
    Value attention(Term.Product p, boolean top) {
        if (e.typed.productKind(p) != ProductKind.MATMUL || !e.indexScope.isEmpty()
                || !(p.left() instanceof Term.BuiltinCall sm) || sm.builtin() != Builtin.SOFTMAX) {
            return null;
        }
        Term scores = sm.args().get(0);
        Term scale = null;
        boolean divide = false;
        if (scores instanceof Term.Arith a && a.op() == Term.ArithOp.DIV && e.rank(a.right()) == 0) {
            scale = a.right();
            divide = true;
            scores = a.left();
        } else if (scores instanceof Term.Product sp && e.typed.productKind(sp) == ProductKind.SCALE) {
            boolean leftScalar = e.rank(sp.left()) == 0;
            scale = leftScalar ? sp.left() : sp.right();
            scores = leftScalar ? sp.right() : sp.left();
        }
        if (!(scores instanceof Term.Product qk) || e.typed.productKind(qk) != ProductKind.MATMUL
                || !(qk.right() instanceof Term.Transpose kt) || e.rank(qk.left()) != 2 || e.rank(kt.operand()) != 2
                || e.rank(p.right()) != 2) {
            return null;
        }
        CodeBlock factor = CodeBlock.of("1.0");
        if (scale != null && !isNumber(scale)) {
            return null; // a learned temperature is a tensor: the general path handles it
        }
        if (scale != null) {
            Value s = e.lower(scale, false);
            if (s.tensor()) {
                return null; // a learned temperature is a tensor: the general path handles it
            }
            factor = divide ? CodeBlock.of("1.0 / $L", s.code()) : s.code();
        }
        Value q = e.lower(qk.left(), false);
        Value k = e.lower(kt.operand(), false);
        Value v = e.lower(p.right(), false);
        if (q.slots() > 0 || k.slots() > 0 || v.slots() > 0) {
            return null;
        }
        return e.stepLocals.step(p, CodeBlock.of("$T.scaledDotProduct($L, $L, $L, $L)", RuntimeTypes.ATTENTION, q.code(), k.code(),
                v.code(), factor), top, "attention");
    }

    /** Whether a term is a plain number: literals, constants and dimensions combined by arithmetic. */
    private static boolean isNumber(Term t) {
        if (t instanceof Term.Literal || t instanceof Term.ConstRef || t instanceof Term.DimValue) {
            return true;
        }
        if (t instanceof Term.Arith a) {
            return isNumber(a.left()) && isNumber(a.right());
        }
        if (t instanceof Term.Power p) {
            return isNumber(p.base()) && isNumber(p.exponent());
        }
        if (t instanceof Term.Negate n) {
            return isNumber(n.operand());
        }
        if (t instanceof Term.Product p) {
            return isNumber(p.left()) && isNumber(p.right());
        }
        return t instanceof Term.BuiltinCall b && b.builtin().kind() == Builtin.Kind.UNARY && isNumber(b.args().get(0));
    }
}
