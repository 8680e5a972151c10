package dev.eqc.compiler.ast;

import java.util.List;

/**
 * The axes of a shape written with {@code \times}: in {@code \mathbb{R}^{C \times C/r}} every {@code \times}
 * separates two sizes, whatever the arithmetic beside it. Products and quotients parse left-associative, so
 * {@code n' \times 2n} is {@code (n' \times 2) n} and {@code C \times C/r} is {@code (C \times C)/r}; a size written
 * together ({@code 2n}, {@code C/r}, {@code d+1}) is one size, so the {@code \times} is moved out.
 */
public final class ShapeAxes {
    private ShapeAxes() {}

    /** Adds the sizes of {@code e}, one per axis, to {@code out}. */
    public static void flatten(Expr e, List<Expr> out) {
        Expr dims = crossOutermost(e);
        if (dims instanceof Expr.Binary b && b.op() == BinaryOp.CROSS) {
            flatten(b.left(), out);
            flatten(b.right(), out);
        } else {
            out.add(dims);
        }
    }

    private static Expr crossOutermost(Expr e) {
        if (!(e instanceof Expr.Binary b) || b.op() == BinaryOp.CROSS) {
            return e;
        }
        boolean joins = switch (b.op()) {
            case JUXTAPOSE, DOT, DIV, ADD, SUB -> true;
            default -> false;
        };
        if (!joins) {
            return e;
        }
        if (crossOutermost(b.left()) instanceof Expr.Binary cross && cross.op() == BinaryOp.CROSS) {
            // (a \times b) / c: the size b / c
            Expr size = new Expr.Binary(cross.right().span().to(b.right().span()), b.opSpan(), b.op(),
                    cross.right(), b.right());
            return new Expr.Binary(b.span(), cross.opSpan(), BinaryOp.CROSS, cross.left(), size);
        }
        if ((b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)
                && crossOutermost(b.right()) instanceof Expr.Binary cross && cross.op() == BinaryOp.CROSS) {
            // a + b \times c: the size a + b
            Expr size = new Expr.Binary(b.left().span().to(cross.left().span()), b.opSpan(), b.op(),
                    b.left(), cross.left());
            return new Expr.Binary(b.span(), cross.opSpan(), BinaryOp.CROSS, size, cross.right());
        }
        return e;
    }
}
