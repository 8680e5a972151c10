package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A sum whose body, as typeset, stops at a {@code +} while the terms after it go on reading the sum's index:
 * the binary cross-entropy printed {@code -\sum_i y_i \log p_i + (1 - y_i) \log(1 - p_i)}, Sensoy et al.'s
 * {@code \sum_{j=1}^{K} (y_{ij} - \hat{p}_{ij})^2 + \frac{\hat{p}_{ij}(1 - \hat{p}_{ij})}{S_i + 1}}. The sum's body ends at
 * the next {@code +} or {@code -} (a perceptron's {@code \sum_i w_i x_i + b}), but a term after it that indexes by the
 * sum's letter, which nothing outside the sum binds, can only be one more term of the body: the sum is extended over
 * it and every such term that follows (W0395). Before, the term's {@code y_i} was a new scalar input no option
 * could give. A term that does not read the letter ends the extension.
 */
final class SumContinuations {
    private final BodyResolver body;

    SumContinuations(BodyResolver body) {
        this.body = body;
    }

    /** {@code b}, an addition or subtraction, with each sum extended over the terms after it that read its index; null when none is. */
    Expr extend(Expr.Binary b) {
        List<Expr> terms = new ArrayList<>();
        List<Expr.Binary> joins = new ArrayList<>();
        flatten(b, terms, joins);
        boolean changed = false;
        List<Expr> outTerms = new ArrayList<>();
        List<Expr.Binary> outJoins = new ArrayList<>();
        int k = 0;
        while (k < terms.size()) {
            Expr term = terms.get(k);
            Expr.BigOp sum = trailingSum(term);
            List<String> letters = sum == null ? List.of() : freeLetters(sum.operator());
            int next = k + 1;
            Expr bodyExpr = sum == null ? null : sum.body();
            while (!letters.isEmpty() && next < terms.size() && readsAny(terms.get(next), letters)) {
                Expr.Binary join = joins.get(next - 1);
                Expr after = terms.get(next);
                bodyExpr = new Expr.Binary(bodyExpr.span().to(after.span()), join.opSpan(), join.op(), bodyExpr, after);
                report(sum, after, letters);
                next++;
            }
            if (next > k + 1) {
                changed = true;
                term = replaceTrailing(term, new Expr.BigOp(sum.span().to(bodyExpr.span()), sum.operator(), bodyExpr));
            }
            if (k > 0) {
                outJoins.add(joins.get(k - 1));
            }
            outTerms.add(term);
            k = next;
        }
        if (!changed) {
            return null;
        }
        Expr out = outTerms.get(0);
        for (int i = 1; i < outTerms.size(); i++) {
            Expr.Binary join = outJoins.get(i - 1);
            out = new Expr.Binary(out.span().to(outTerms.get(i).span()), join.opSpan(), join.op(), out, outTerms.get(i));
        }
        return out;
    }

    private static boolean additive(Expr e) {
        return e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB);
    }

    /** The terms of a left-associated chain of {@code +} and {@code -}, and the operation before each but the first. */
    private static void flatten(Expr e, List<Expr> terms, List<Expr.Binary> joins) {
        if (additive(e)) {
            Expr.Binary b = (Expr.Binary) e;
            flatten(b.left(), terms, joins);
            joins.add(b);
            terms.add(b.right());
        } else {
            terms.add(e);
        }
    }

    /** The {@code \sum} a term ends with: itself, the last factor of a product ({@code \frac{1}{N}\sum_i}), or negated. */
    private static Expr.BigOp trailingSum(Expr e) {
        if (e instanceof Expr.BigOp b) {
            // Prince's \\prod_{s=1}^{t} 1 - \\beta_s: a product's factor goes on the same way
            return (b.operator().base().equals("\\sum") || b.operator().base().equals("\\prod"))
                    && b.operator().sub() != null ? b : null;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.JUXTAPOSE || b.op() == BinaryOp.DOT)) {
            return trailingSum(b.right());
        }
        if (e instanceof Expr.Unary u) {
            return trailingSum(u.operand());
        }
        return null;
    }

    private static Expr replaceTrailing(Expr e, Expr.BigOp sum) {
        if (e instanceof Expr.BigOp) {
            return sum;
        }
        if (e instanceof Expr.Binary b) {
            Expr right = replaceTrailing(b.right(), sum);
            return new Expr.Binary(b.span().to(right.span()), b.opSpan(), b.op(), b.left(), right);
        }
        Expr.Unary u = (Expr.Unary) e;
        Expr operand = replaceTrailing(u.operand(), sum);
        return new Expr.Unary(u.span().to(operand.span()), u.opSpan(), u.op(), operand);
    }

    /** The letters the sum runs over that nothing outside it binds: not an index in scope, not a name of the file. */
    private List<String> freeLetters(Expr.Sym op) {
        return letters(op).stream().filter(l -> body.scope.indexVar(l) == null && !body.names.isBound(l)).toList();
    }

    /** The letters a big operator runs over: {@code i, j} of {@code \sum_{i,j=1}^{m}}, {@code i} of {@code \sum_{i \neq j}}. */
    private static List<String> letters(Expr.Sym op) {
        List<String> letters = IndexLetters.of(op.sub());
        if (letters == null) {
            letters = new ArrayList<>();
            for (Expr item : op.sub().items()) {
                Expr v = item instanceof Expr.Relation rel && rel.op() != RelOp.SUCH_THAT ? rel.left() : item;
                if (v instanceof Expr.Sym s && s.bare() && s.kind() == SymKind.LETTERS && s.base().length() == 1) {
                    letters.add(s.base());
                }
            }
        }
        return letters;
    }

    /** Whether {@code term} indexes by one of the letters outside a big operator of its own over it. */
    private boolean readsAny(Expr term, List<String> letters) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Expr n : IndexLetters.nodes(term, false)) {
            if (n instanceof Expr.BigOp b && b.operator().sub() != null) {
                own.addAll(letters(b.operator()));
            }
        }
        return letters.stream().anyMatch(l -> !own.contains(l) && IndexLetters.indexesSomething(l, term, body.names::isBound));
    }

    private void report(Expr.BigOp sum, Expr after, List<String> letters) {
        String op = body.file.source.slice(sum.operator().span());
        String text = body.file.source.slice(after.span());
        Diagnostic.of(Code.W0395, body.file.source, after.span(), "`" + text + "` reads `"
                        + String.join("`, `", letters) + "`, which only `" + op + "` binds: it is read as one more term of"
                        + (sum.operator().base().equals("\\prod") ? " the product's factor" : " the sum")
                        + ", as the paper means")
                .caret("inside " + op)
                .help("write the sum's body in brackets, `" + op + " \\left( … + " + text + " \\right)`, to say so")
                .report(body.file.diagnostics);
    }
}
