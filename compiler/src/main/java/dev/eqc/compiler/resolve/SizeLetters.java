package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.IndexVar;
import java.util.List;

/**
 * An index and the size named by its upper-case letter (docs/LANGUAGE.md, "Indexes and ranges"), read before a
 * body is resolved, each with W0153:
 * <ul>
 * <li>{@code \frac{1}{B H W} \sum_{b,h,w} X_{b,c,h,w}}: {@code B} is nothing else and used in the same body, so it
 * is a size and {@code b} runs from 1 to {@code B} (as {@code \sum_{b=1}^{B}});
 * <li>{@code \hat{\mu}_C \leftarrow … X_{b,c,h,w}}: the left-hand side is element-wise over {@code C} and the body
 * indexes with {@code c}, which nothing else binds: {@code c} is the same index.
 * </ul>
 */
final class SizeLetters {
    private SizeLetters() {}

    static void read(BodyResolver body) {
        Expr rhs = body.def.rhs();
        for (IndexVar v : body.scope.leftIndices()) {
            String upper = v.name();
            if (upper.length() != 1 || !Character.isUpperCase(upper.charAt(0))) {
                continue;
            }
            String lower = upper.toLowerCase(java.util.Locale.ROOT);
            if (body.scope.indexVar(lower) == null && !body.names.isBound(lower) && !body.file.isTimeStep(lower)
                    && IndexLetters.indexesSomething(lower, rhs, body.names::isBound)) {
                body.scope.alias(lower, v);
                Diagnostic.of(Code.W0153, body.file.source, body.def.indexSpan(), "the left-hand side is element-wise over `"
                                + upper + "` and the body indexes with `" + lower + "`: read as one index")
                        .caret("`" + lower + "` is `" + upper + "`")
                        .help("write the same letter on both sides, like `" + body.def.latexName() + "_" + lower + "`")
                        .report(body.file.diagnostics);
            }
        }
        for (Expr n : IndexLetters.nodes(rhs, false)) {
            if (!(n instanceof Expr.BigOp b) || b.operator().sup() != null || b.operator().sub() == null
                    || !(b.operator().base().equals("\\sum") || b.operator().base().equals("\\prod"))) {
                continue;
            }
            List<String> letters = IndexLetters.of(b.operator().sub());
            if (letters == null) {
                continue;
            }
            for (String letter : letters) {
                if (letter.length() != 1 || letter.charAt(0) < 'a' || letter.charAt(0) > 'z') {
                    continue;
                }
                String size = letter.toUpperCase(java.util.Locale.ROOT);
                if (size.equals("I") || body.names.isBound(size) || body.scope.indexVar(size) != null || !usedAsValue(rhs, size, body.file)) {
                    continue;
                }
                body.file.addDimension(size);
                body.sizeLetters.put(letter, size);
                Diagnostic.of(Code.W0153, body.file.source, b.operator().sub().span(), "`" + letter + "` runs from 1 to `"
                                + size + "`: `" + size + "` is used in the same body and is nothing else, so it is read as"
                                + " the size of `" + letter + "`'s axis")
                        .caret("read as \\sum_{" + letter + "=1}^{" + size + "}")
                        .help("declare the tensor it indexes with `" + size + "` as a dimension, or write the limits")
                        .report(body.file.diagnostics);
            }
        }
    }

    /**
     * Whether {@code size} appears as a value: alone, or in a run of capitals ({@code BHW}); not as the set of a
     * declared set size ({@code |A|}).
     */
    private static boolean usedAsValue(Expr rhs, String size, FileScope file) {
        java.util.Set<Expr> setSizes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Expr n : IndexLetters.nodes(rhs, false)) {
            if (n instanceof Expr.Abs a && a.operand() instanceof Expr.Sym s && s.sup() == null
                    && file.isDimension("|" + NameKeys.withSub(s) + "|")) {
                setSizes.add(s);   // |A| with \mathbb{R}^{|A|} declared: the size of the set A, not a letter A
            }
        }
        for (Expr n : IndexLetters.nodes(rhs, false)) {
            if (n instanceof Expr.Sym s && !setSizes.contains(s) && s.kind() == SymKind.LETTERS && s.sub() == null && s.sup() == null
                    && s.accent() == null && s.primes() == 0 && s.base().contains(size)
                    && s.base().chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }
}
