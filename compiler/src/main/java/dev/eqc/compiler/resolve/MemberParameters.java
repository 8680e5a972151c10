package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import java.util.List;

/**
 * A function of one member of a declared family, {@code \mathrm{acc}(B_m) = \frac{1}{|B_m|} \sum_{i \in B_m} …} with
 * {@code B \in \{0,1\}^{M \times n}} declared (ECE, Guo et al. 2017, the bins as 0/1 rows), called only with members
 * of that family ({@code \mathrm{acc}(B_m)} under {@code \sum_{m=1}^{M}}): the value of member {@code m}, defined
 * element by element over {@code m} as {@code \mathrm{acc}_m = …} (W0428). Before, the parameter {@code B_m} was a
 * generic parameter and the sum over it was E0103.
 */
final class MemberParameters {
    private MemberParameters() {}

    /** The member letter ({@code m} of {@code B_m}) when {@code params} is one member of a declared family; else null. */
    static String letter(Expr.Sym callee, List<Expr.Sym> params, Expr rhs, FileScope r) {
        if (params.size() != 1 || callee.sub() != null || callee.sup() != null) {
            return null;
        }
        Expr.Sym p = params.get(0);
        List<String> letters = p.sup() == null && p.accent() == null ? IndexLetters.of(p.sub()) : null;
        if (letters == null || letters.size() != 1 || r.hasInput(NameKeys.full(p))) {
            return null;
        }
        String letter = letters.get(0);
        Expr.Sym base = p.withScripts(p.span(), null, null, p.primes());
        dev.eqc.compiler.term.Input family = r.input(NameKeys.full(base));
        if (family == null || !family.declared() || family.dims() == null || family.dims().size() < 2
                || r.hasInput(letter) || r.isDimension(letter) || r.isDefinedName(letter) || r.isTimeStep(letter)) {
            return null;
        }
        // Every call passes a member of the same family: \mathrm{acc}(B_m), \mathrm{acc}(B_·) under a sum.
        String written = r.source.slice(p.span()).strip();
        String prefix = written.substring(0, written.length() - r.source.slice(p.sub().span()).strip().length())
                .replaceAll("\\s+", "");
        if (!prefix.endsWith("_")) {
            return null;
        }
        for (String text : r.applicationTexts(NameKeys.full(callee))) {
            if (!text.startsWith(prefix) || text.contains(",")) {
                return null;
            }
        }
        return letter;
    }
}
