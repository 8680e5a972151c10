package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Dim;

/**
 * Reads a dimension as declared: a symbol ({@code d_k}), an integer, or a product, sum or
 * quotient of them ({@code h d_v}, {@code 2d}, {@code d/2}); the size of a set, {@code |A|}, is a symbol too.
 */
final class DimConverter {
    private DimConverter() {}

    static Dim convert(Expr e, FileScope r) {
        if (e instanceof Expr.Num n) {
            double v = n.value();
            if (v == Math.rint(v) && v >= 1 && v < Integer.MAX_VALUE) {
                return new Dim.Known((int) v);
            }
        } else if (e instanceof Expr.Sym s && s.sup() == null) {
            String key = NameKeys.withSub(s);
            r.addDimension(key);
            return new Dim.Symbol(key, false);
        } else if (e instanceof Expr.Binary b) {
            char op = switch (b.op()) {
                case ADD -> '+';
                case SUB -> '-';
                case JUXTAPOSE, DOT -> '*';
                case DIV -> '/';
                default -> 0;
            };
            if (op != 0) {
                Dim l = convert(b.left(), r);
                Dim right = l == null ? null : convert(b.right(), r);
                return right == null ? null : new Dim.Compound(op, l, right);
            }
        } else if (e instanceof Expr.Frac f) {
            Dim l = convert(f.num(), r);
            Dim right = l == null ? null : convert(f.den(), r);
            return right == null ? null : new Dim.Compound('/', l, right);
        } else if (e instanceof Expr.Group g && g.items().size() == 1) {
            return convert(g.items().get(0), r);
        } else if (e instanceof Expr.Abs a && a.operand() instanceof Expr.Sym s && s.sup() == null) {
            // \mathbb{R}^{|A|}: the number of elements of the set A (the actions of soft Q-learning), a size
            String key = "|" + NameKeys.withSub(s) + "|";
            r.addDimension(key);
            return new Dim.Symbol(key, false);
        }
        Diagnostic.of(Code.E0108, r.source, e.span(), "not a dimension: `" + r.source.slice(e.span()) + "`")
                .caret("expected a size")
                .help("a dimension is a symbol (d_k), a positive integer, or a product, sum or quotient of them")
                .report(r.diagnostics);
        return null;
    }
}
