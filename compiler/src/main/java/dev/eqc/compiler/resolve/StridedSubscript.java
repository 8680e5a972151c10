package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading strided subscripts (SPEC 3.6): {@code _{2i}}, {@code _{2i+1}}, {@code _{(pos, 2i)}},
 * {@code _{m, 2i+1}}. Each item is an index letter times a stride plus an offset; at least one
 * item must have a stride of 2 or more and an offset below its stride, so {@code m_{t-1}} is
 * never one (it stays a time step).
 */
final class StridedSubscript {
    /** One subscript item: {@code stride * letter + offset} (a negative offset, as in {@code 2i-1}, counts from 1). */
    record Item(String letter, int stride, int offset, Span span) {}

    private StridedSubscript() {}

    /** The items, or null when the subscript is not a strided pattern. */
    static List<Item> of(Script sub) {
        if (sub == null) {
            return null;
        }
        List<Expr> exprs = sub.items();
        if (exprs.size() == 1 && exprs.get(0) instanceof Expr.Group g && g.bracket() == Bracket.PAREN
                && g.items().size() > 1) {
            exprs = g.items();
        }
        List<Item> out = new ArrayList<>();
        boolean strided = false;
        for (Expr e : exprs) {
            Item item = item(e, exprs.size() > 1);
            if (item == null) {
                return null;
            }
            strided |= item.stride() > 1;
            out.add(item);
        }
        return strided ? out : null;
    }

    /** The position of the one strided item, or -1 when there are several. */
    static int stridedAxis(List<Item> items) {
        int axis = -1;
        for (int k = 0; k < items.size(); k++) {
            if (items.get(k).stride() > 1) {
                if (axis >= 0) {
                    return -1;
                }
                axis = k;
            }
        }
        return axis;
    }

    private static Item item(Expr e, boolean listed) {
        if (e instanceof Expr.Sym s && s.bare() && (s.kind() == SymKind.COMMAND
                || s.kind() == SymKind.LETTERS && (listed || s.base().length() == 1))) {
            return new Item(s.base(), 1, 0, s.span());
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Num k
                && b.right() instanceof Expr.Sym s && s.bare()
                && (s.kind() == SymKind.COMMAND || s.kind() == SymKind.LETTERS && s.base().length() == 1)) {
            int stride = integer(k);
            return stride >= 2 ? new Item(s.base(), stride, 0, e.span()) : null;
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.SUB && b.right() instanceof Expr.Num c) {
            // 2i-1: a position counted from 1 (the pair 2i-1, 2i of papers that count from 1).
            Item base = item(b.left(), listed);
            int back = integer(c);
            if (base != null && base.stride() >= 2 && base.offset() == 0 && back > 0 && back < base.stride()) {
                return new Item(base.letter(), base.stride(), -back, e.span());
            }
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.ADD) {
            Expr product = b.right() instanceof Expr.Num ? b.left() : b.right();
            Expr constant = b.right() instanceof Expr.Num ? b.right() : b.left();
            Item base = constant instanceof Expr.Num c ? item(product, listed) : null;
            int offset = constant instanceof Expr.Num c ? integer(c) : -1;
            if (base != null && base.stride() >= 2 && base.offset() == 0 && offset >= 0 && offset < base.stride()) {
                return new Item(base.letter(), base.stride(), offset, e.span());
            }
        }
        return null;
    }

    /**
     * The offset of a strided position from the first element, for an index that counts from
     * {@code first}: {@code 2i-1} with i from 1 is element {@code 2(i-1)}, offset 0; {@code 2i} is
     * offset 1. Outside {@code [0, stride)} the position is not a stride of the tensor.
     */
    static int zeroBasedOffset(Item item, int first) {
        return item.offset() + first * (item.stride() - 1);
    }

    private static int integer(Expr.Num n) {
        double v = n.value();
        return v == Math.rint(v) && v >= 0 && v < 1000 ? (int) v : -1;
    }
}
