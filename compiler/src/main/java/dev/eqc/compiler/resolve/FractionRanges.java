package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * The range of a left-hand index that ranges over nothing else but is used as a fraction of a size
 * (docs/LANGUAGE.md, Sizes no input gives): {@code \theta_i = 10000^{-2i/d}} and the Transformer's
 * {@code PE_{p,2i} = \sin(p / 10000^{2i/d_{model}})} write {@code c i / D}, the index's position among
 * the {@code D} features, so {@code i} runs over {@code D/c} values (from 0, or from 1 when the body writes
 * {@code c(i-1)/D}, as RoFormer does; W0140 says which). An undeclared {@code D} is a size (W0197).
 */
final class FractionRanges {
    private final BodyResolver body;
    private final FileScope file;

    FractionRanges(BodyResolver body) {
        this.body = body;
        this.file = body.file;
    }

    /** A fraction {@code c i / D} (or {@code c(i-1)/D}) found in the body. */
    private record Fraction(int coefficient, Expr.Sym size, Span span) {}

    /**
     * The index variable for {@code letter} when the body divides it by a size, or null.
     * {@code fromOne}: a strided group written from 1 ({@code y_{2i-1}}) already counts it from 1.
     */
    IndexVar derive(String letter, boolean fromOne) {
        Fraction f = find(letter, body.def.rhs());
        if (f == null) {
            return null;
        }
        String key = NameKeys.full(f.size());
        boolean known = file.isDimension(key) && file.dimensionValue(key).isEmpty();
        if (!known) {
            file.addDimension(key);
        }
        boolean one = fromOne || body.countsFromOneAsANumber(letter);
        Span span = body.def.indexSpan();
        String size = file.source.slice(f.size().span());
        String count = f.coefficient() == 1 ? size : size + "/" + f.coefficient();
        Diagnostic.of(Code.W0197, file.source, span, "`" + letter + "` ranges over nothing else and the body divides it by"
                        + " `" + size + "` (`" + file.source.slice(f.span()) + "`), so it runs over " + count + " values, "
                        + (one ? "1 … " + count : "0 … " + count + " - 1")
                        + (known ? "" : "; `" + size + "` is read as a size"))
                .caret("read as " + letter + " = " + (one ? "1, \\dots, " + count : "0, \\dots, " + count + "-1"))
                .help("state the range, like `\\quad \\text{for } " + letter + " = " + (one ? "1, \\dots, " + count
                        : "0, \\dots, " + count + "-1") + "`, or declare the result")
                .report(file.diagnostics);
        Term sizeTerm = new Term.DimValue(f.size().span(), key);
        Term upper = f.coefficient() == 1 ? sizeTerm
                : new Term.Arith(span, span, Term.ArithOp.DIV, sizeTerm, new Term.Literal(span, f.coefficient()));
        if (!one) {
            upper = new Term.Arith(span, span, Term.ArithOp.SUB, upper, new Term.Literal(span, 1.0));
        }
        return new IndexVar(letter, span, new Term.Literal(span, one ? 1.0 : 0.0), upper, List.of());
    }

    /**
     * Whether the body divides {@code letter} by a name ({@code 2i/d}): then {@code y_i = …} is element-wise over
     * {@code i} even though {@code i} indexes nothing ({@link #derive} gives its range).
     */
    static boolean isFraction(String letter, Expr rhs, FileScope file) {
        for (Expr n : IndexLetters.nodes(rhs, true)) {
            Expr num = n instanceof Expr.Frac fr ? fr.num() : n instanceof Expr.Binary b && b.op() == BinaryOp.DIV
                    ? b.left() : null;
            Expr den = n instanceof Expr.Frac fr ? fr.den() : n instanceof Expr.Binary b && b.op() == BinaryOp.DIV
                    ? b.right() : null;
            if (num != null && coefficient(letter, num) != null && strip(den) instanceof Expr.Sym s
                    && s.kind() == SymKind.LETTERS && s.sup() == null && s.accent() == null && s.primes() == 0
                    && !s.base().equals(letter) && (file.isDimension(NameKeys.full(s)) || !file.hasInput(NameKeys.full(s))
                            && !file.isDefinedName(NameKeys.full(s)))) {
                return true;
            }
        }
        return false;
    }

    private Fraction find(String letter, Expr rhs) {
        for (Expr n : IndexLetters.nodes(rhs, true)) {
            Expr num = n instanceof Expr.Frac fr ? fr.num() : n instanceof Expr.Binary b && b.op() == BinaryOp.DIV
                    ? b.left() : null;
            Expr den = n instanceof Expr.Frac fr ? fr.den() : n instanceof Expr.Binary b && b.op() == BinaryOp.DIV
                    ? b.right() : null;
            if (num == null) {
                continue;
            }
            Integer c = coefficient(letter, num);
            if (c != null && c >= 1 && isSize(den, letter)) {
                return new Fraction(c, (Expr.Sym) strip(den), n.span());
            }
        }
        return null;
    }

    /** {@code c} of {@code i}, {@code c i}, {@code -c i}, {@code c(i-1)}, {@code (i)}; null for anything else. */
    private static Integer coefficient(String letter, Expr e) {
        e = strip(e);
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return coefficient(letter, u.operand());
        }
        if (isLetter(letter, e) || e instanceof Expr.Binary b && b.op() == BinaryOp.SUB && isLetter(letter, strip(b.left()))
                && strip(b.right()) instanceof Expr.Num one && one.value() == 1) {
            return 1;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.JUXTAPOSE || b.op() == BinaryOp.DOT)) {
            Expr left = strip(b.left());
            if (left instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
                left = strip(u.operand());
            }
            if (left instanceof Expr.Num n && n.value() == Math.rint(n.value()) && n.value() >= 1) {
                Integer inner = coefficient(letter, b.right());
                return inner == null ? null : (int) n.value() * inner;
            }
        }
        return null;
    }

    private static boolean isLetter(String letter, Expr e) {
        return e instanceof Expr.Sym s && s.bare() && s.base().equals(letter);
    }

    private static Expr strip(Expr e) {
        while (e instanceof Expr.Group g && g.items().size() == 1 && g.bracket() != dev.eqc.compiler.ast.Bracket.SET) {
            e = g.items().get(0);
        }
        return e;
    }

    /** A size: a letter name (with a word or letter subscript) that is a dimension or names nothing. */
    private boolean isSize(Expr den, String letter) {
        if (!(strip(den) instanceof Expr.Sym s) || s.kind() != SymKind.LETTERS || s.sup() != null || s.accent() != null
                || s.primes() != 0 || s.base().equals(letter) || body.def.indexLetters().contains(s.base())) {
            return false;
        }
        String key = NameKeys.full(s);
        if (file.isDimension(key) && file.dimensionValue(key).isEmpty()) {
            return true;
        }
        return !body.names.isBound(key) && !file.wasDeclared(key) && s.base().chars().allMatch(Character::isLetter);
    }
}
