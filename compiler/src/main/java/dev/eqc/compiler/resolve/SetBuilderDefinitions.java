package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * A set written as a definition, RoFormer's
 * <code>\Theta = \left\{\theta_i = 10000^{-2(i-1)/d}, i \in [1, 2, \ldots, d/2]\right\}</code>: it
 * defines {@code \theta_i} element by element for the stated range (as
 * {@code \theta_i = … \quad \text{for } i = 1, \dots, d/2} does) and {@code \Theta} as the vector of
 * them. Runs before name resolution, on the statements; W0182 says what was read. Any other set on
 * the right is left alone.
 */
final class SetBuilderDefinitions {
    private SetBuilderDefinitions() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            List<Statement> read = s instanceof Statement.Definition d ? read(d, program, diagnostics) : null;
            if (read == null) {
                out.add(s);
            } else {
                out.addAll(read);
                changed = true;
            }
        }
        return changed ? new Program(program.source(), out) : program;
    }

    private static List<Statement> read(Statement.Definition d, Program program, Diagnostics diagnostics) {
        List<Statement> given = elementsGiven(d, program, diagnostics);
        if (given != null) {
            return given;
        }
        if (!(d.lhs() instanceof Expr.Sym whole) || !whole.bare() || !(d.rhs() instanceof Expr.Group set)
                || set.bracket() != Bracket.BRACE && set.bracket() != Bracket.SET || set.items().size() != 2
                || !(set.items().get(0) instanceof Expr.Relation element) || element.op() != RelOp.EQ
                || !(element.left() instanceof Expr.Sym member) || member.sub() == null || !member.sub().isSingle()
                || !(member.sub().single() instanceof Expr.Sym index) || !index.bare()
                || !(set.items().get(1) instanceof Expr.Relation range) || range.op() != RelOp.IN
                || !(range.left() instanceof Expr.Sym rangeIndex) || !rangeIndex.base().equals(index.base())
                || !(range.right() instanceof Expr.Group list)
                || list.bracket() != Bracket.SQUARE && list.bracket() != Bracket.SET) {
            return null;
        }
        // [1, 2, \ldots, n] or [0, \ldots, n-1]: first 0 or 1, step 1, then dots and the last.
        List<Expr> items = list.items();
        int dots = -1;
        for (int k = 0; k < items.size(); k++) {
            if (ArithmeticLists.isDots(items.get(k))) {
                dots = k;
            }
        }
        if (dots < 1 || dots != items.size() - 2 || !(items.get(0) instanceof Expr.Num first)
                || first.value() != 0 && first.value() != 1) {
            return null;
        }
        for (int k = 1; k < dots; k++) {
            if (!(items.get(k) instanceof Expr.Num n) || n.value() != first.value() + k) {
                return null;
            }
        }
        Statement.Definition elements = new Statement.Definition(element.span(), member, element.opSpan(), RelOp.EQ,
                element.right(), d.comment());
        Expr.Sym dotsSym = new Expr.Sym(items.get(dots).span(), SymKind.COMMAND, "\\dots", null, null, null, 0);
        Statement.Condition forRange = new Statement.Condition(range.span(), elements, "for", List.of(
                new Expr.Relation(range.span(), range.opSpan(), RelOp.EQ, rangeIndex, first), dotsSym,
                items.get(items.size() - 1)));
        Expr.Sym vector = new Expr.Sym(member.span(), member.kind(), member.base(), member.accent(), null, member.sup(),
                member.primes());
        Statement.Definition all = new Statement.Definition(d.span(), whole, d.opSpan(), d.op(), vector, d.comment());
        String memberText = program.source().slice(member.span());
        String last = program.source().slice(items.get(items.size() - 1).span());
        Diagnostic.of(Code.W0182, program.source(), set.span(), "the set defines `" + memberText + "` for `"
                        + program.source().slice(rangeIndex.span()) + "` = " + (int) first.value() + ", …, " + last
                        + ", and `" + program.source().slice(whole.span()) + "` as the vector of them")
                .caret("read as `" + memberText + " = … \\quad \\text{for } " + program.source().slice(rangeIndex.span())
                        + " = " + (int) first.value() + ", \\dots, " + last + "`")
                .help("write that definition and `" + program.source().slice(whole.span()) + " = "
                        + program.source().slice(vector.span()).replaceAll("_.*$", "") + "` to state it")
                .report(diagnostics);
        // The range is the vector's size, declared, so θ_i is defined element by element over it even where i
        // is used only as a number.
        Expr last0 = items.get(items.size() - 1);
        Expr size = first.value() == 1 ? last0 : new Expr.Binary(last0.span(), last0.span(),
                dev.eqc.compiler.ast.BinaryOp.ADD, last0, new Expr.Num(last0.span(), "1"));
        Statement.Declaration declared = new Statement.Declaration(set.span(), List.of(vector),
                new dev.eqc.compiler.ast.Domain(list.span(), dev.eqc.compiler.ast.Domain.Field.REAL, List.of(size), list),
                null);
        return List.of(declared, elements, forRange, all);
    }

    /**
     * Qiao et al.'s weight standardization, <code>\\hat{W} = [\\hat{W}_{i,j} \\,|\\, \\hat{W}_{i,j} = \\frac{W_{i,j} -
     * \\mu}{\\sigma}]</code>: the tensor of its elements, each given by the equation after the bar, is that
     * element-wise definition, <code>\\hat{W}_{i,j} = …</code> (W0149). Null for any other form.
     */
    private static List<Statement> elementsGiven(Statement.Definition d, Program program, Diagnostics diagnostics) {
        if (!(d.lhs() instanceof Expr.Sym whole) || whole.sub() != null || whole.sup() != null
                || !(d.rhs() instanceof Expr.Group set) || set.items().size() != 1
                || !(set.items().get(0) instanceof Expr.Relation given) || given.op() != RelOp.EQ
                || !(given.left() instanceof Expr.Relation bar)
                || bar.op() != RelOp.GIVEN && bar.op() != RelOp.SUCH_THAT
                || !(bar.left() instanceof Expr.Sym member) || !(bar.right() instanceof Expr.Sym same)
                || member.sub() == null || member.sup() != null || !NameKeys.full(member).equals(NameKeys.full(same))
                || !NameKeys.full(member.withScripts(member.span(), null, null, member.primes()))
                        .equals(NameKeys.full(whole))) {
            return null;
        }
        String memberText = program.source().slice(member.span());
        Diagnostic.of(Code.W0149, program.source(), set.span(), "the tensor of the elements `" + memberText
                        + "` given by the equation after the bar defines `" + program.source().slice(whole.span())
                        + "` element by element")
                .caret("read as `" + memberText + " = …`")
                .help("write `" + memberText + " = …` to say so")
                .report(diagnostics);
        return List.of(new Statement.Definition(d.span(), same, given.opSpan(), RelOp.EQ, given.right(), d.comment()));
    }
}
