package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Dim;

/**
 * Reads a dimension as declared: a symbol ({@code d_k}), an integer, or a product, sum or
 * quotient of them ({@code h d_v}, {@code 2d}, {@code d/2}), or a small whole power: of a bracket, the product of its
 * copies ({@code (n+1)^2}); of a symbol, a size of its own ({@code M^2}), and so is a product with one ({@code P^2 C});
 * the size of a set, {@code |A|}, is a symbol too, and so is a size labelled by a capital or a word ({@code d_h^R}).
 */
final class DimConverter {
    private DimConverter() {}

    /** The exponent when {@code e} is a whole number from 2 to 4 ({@code M^2}, {@code k^3}), else 0. */
    private static int wholePower(Expr e) {
        if (e instanceof Expr.Group g && g.items().size() == 1) {
            return wholePower(g.items().get(0));
        }
        return e instanceof Expr.Num n && n.text().matches("[234]") ? Integer.parseInt(n.text()) : 0;
    }

    /** A superscript that labels a name rather than raising it: capital letters ({@code R}, {@code KV}) or a word. */
    private static boolean isLabel(Expr e) {
        return e instanceof Expr.Sym l && l.bare()
                && (l.kind() == dev.eqc.compiler.ast.SymKind.WORD
                        || l.kind() == dev.eqc.compiler.ast.SymKind.LETTERS && l.base().matches("[A-Z]+"));
    }

    private static Dim power(Dim base, int k) {
        Dim out = base;
        for (int i = 1; i < k; i++) {
            out = new Dim.Compound('*', out, base);
        }
        return out;
    }

    /** Whether {@code d} is, or multiplies, a symbol's whole power ({@code M^2}), a size of its own. */
    private static boolean hasOwnPower(Dim d) {
        return d instanceof Dim.Symbol s && s.name().matches(".*\\^[234]")
                || d instanceof Dim.Compound c && c.op() == '*' && (hasOwnPower(c.left()) || hasOwnPower(c.right()));
    }

    /**
     * Vaswani et al.'s {@code W^O \in \mathbb{R}^{hd_v \times d_{\text{model}}}}: a run of letters no size is named,
     * whose letters (the last with the subscript) are each a size the file already has, is their product, as TeX
     * prints it (W0445); null for anything else, which stays a size of its own.
     */
    private static Dim lettersOfKnownSizes(Expr.Sym s, FileScope r) {
        if (s.kind() != dev.eqc.compiler.ast.SymKind.LETTERS || s.accent() != null || s.primes() != 0
                || !s.base().matches("[A-Za-z]{2,}") || r.isDimension(NameKeys.withSub(s))) {
            return null;
        }
        String letters = s.base();
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int i = 0; i < letters.length() - 1; i++) {
            keys.add(String.valueOf(letters.charAt(i)));
        }
        keys.add(NameKeys.withSub(s.withScripts(s.span(), s.sub(), null, 0)).substring(letters.length() - 1));
        if (!keys.stream().allMatch(r::isDimension)) {
            return null;
        }
        Dim out = null;
        for (String k : keys) {
            Dim factor = new Dim.Symbol(k, false);
            out = out == null ? factor : new Dim.Compound('*', out, factor);
        }
        String printed = r.source.slice(s.span());
        String spaced = String.join(" ", keys);
        Diagnostic.of(Code.W0445, r.source, s.span(), "the size `" + printed + "` is read as the product `" + spaced
                        + "` of sizes the file already has, as TeX prints it")
                .caret("read as " + spaced)
                .help("write `" + spaced + "` to say so and silence this warning; to keep `" + printed + "` a size of"
                        + " its own, give it another name")
                .report(r.diagnostics);
        return out;
    }

    static Dim convert(Expr e, FileScope r) {
        if (e instanceof Expr.Num n) {
            double v = n.value();
            if (v == Math.rint(v) && v >= 1 && v < Integer.MAX_VALUE) {
                return new Dim.Known((int) v);
            }
        } else if (e instanceof Expr.Sym s && s.sup() != null && s.accent() == null && s.primes() == 0
                && s.sup().isSingle() && wholePower(s.sup().single()) > 0) {
            // Swin's \mathbb{R}^{M^2 \times d}: a size of its own, named as printed; an axis of it does not
            // tell M (no root is taken), and M told elsewhere does not check it.
            String key = NameKeys.withSub(s.withScripts(s.span(), s.sub(), null, 0)) + "^" + wholePower(s.sup().single());
            r.addDimension(key);
            return new Dim.Symbol(key, false);
        } else if (e instanceof Expr.Power p && p.exponent().isSingle() && wholePower(p.exponent().single()) > 0) {
            // \mathbb{R}^{(n+1)^2}: the product of its copies
            Dim base = convert(p.base(), r);
            return base == null ? null : power(base, wholePower(p.exponent().single()));
        } else if (e instanceof Expr.Sym s && s.sup() != null && s.accent() == null && s.primes() == 0
                && !s.sup().isTranspose() && s.sup().isSingle() && isLabel(s.sup().single())) {
            // DeepSeek-V2's d_h^R (the size of a head's RoPE part): a superscript that is a capital letter or a
            // word labels the size, as it labels any name (W^{DKV}); one size, named as printed, so d_{h}^{R} in
            // the body reads it. Was E0108.
            String key = NameKeys.full(s);
            r.addDimension(key);
            return new Dim.Symbol(key, false);
        } else if (e instanceof Expr.Sym s && s.sup() != null && s.accent() == null && s.primes() == 0
                && s.sup().isSingle() && s.sup().single() instanceof Expr.Group g && g.items().size() == 1
                && (g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE || g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN)) {
            // deeplearning.ai's \mathbb{R}^{n^{[l]} \times n^{[l-1]}}, a GNN's d^{(l)}: a bracketed superscript labels
            // the size (the units of layer l), as it labels any name (W^{[l]}, W^{(l)}); one size, named as
            // printed. Was E0108.
            String key = NameKeys.full(s);
            r.addDimension(key);
            return new Dim.Symbol(key, false);
        } else if (e instanceof Expr.Sym s && s.sup() == null) {
            Dim product = lettersOfKnownSizes(s, r);
            if (product != null) {
                return product;
            }
            String key = NameKeys.withSub(s);
            r.addDimension(key);
            return new Dim.Symbol(key, false);
        } else if (r.jointSize(e) != null) {
            // FixMatch's \mathbb{R}^{\mu B \times C}, \mu and B never written apart: one size ({@link JointSizes})
            String key = r.jointSize(e);
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
                if (op == '*' && right != null && (hasOwnPower(l) || hasOwnPower(right))) {
                    // ViT's \mathbb{R}^{N \times (P^2 \cdot C)}: a product with a size of its own (P^2) is a size of
                    // its own too, named as printed; an axis of it tells neither factor, and each factor told
                    // elsewhere does not check it (as for P^2 alone). Was E0110 unless C came from elsewhere.
                    String key = new Dim.Compound(op, l, right).toString();
                    r.addDimension(key);
                    return new Dim.Symbol(key, false);
                }
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
