package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * A stack declared under a parenthesised label, read in definitions over that label: Molnar's {@code \mathbf{x}^{(i)}
 * \in \mathbb{R}^{n \times p}} (the n instances, one row each) read by {@code \mathbb{P}^{(i)} = \text{logistic}(
 * \mathbf{x}^{(i)T} \boldsymbol\beta)}. The left-hand side is defined element by element over {@code i} (W0439), so
 * the name read under the label is member {@code i}, its row: the declaration is read as the family {@code
 * \mathbf{x}^{(i)} \in \mathbb{R}^{p}, i = 1, \dots, n} (W0486), as W0384 reads such a stack under a sum over the
 * label. Was the whole stack in the product (E0301). Only when every read of the name is in a definition whose
 * left-hand side carries the same label. Runs on the statements, before name resolution.
 */
final class LabelledStacks {
    private LabelledStacks() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        // names declared whole under a label with no axis for it (AggMo's \beta^{(i)} \in \mathbb{R}): a definition
        // reading one beside the stack would read the same value at every member, so it keeps E0350's refusal
        java.util.Set<String> whole = new java.util.HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain().dims().size() < 2) {
                d.names().forEach(n -> whole.add(NameKeys.full(n)));
            }
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Declaration d) || d.family() != null || !d.applied().isEmpty()
                    || d.domain().field() != Domain.Field.REAL || d.domain().dims().size() < 2) {
                out.add(s);
                continue;
            }
            List<Expr.Sym> members = new ArrayList<>();
            List<Expr.Sym> rest = new ArrayList<>();
            String letter = null;
            for (Expr.Sym n : d.names()) {
                String l = label(n);
                if (l != null && (letter == null || letter.equals(l)) && readOnlyOver(program, n, l, whole)) {
                    members.add(n);
                    letter = l;
                } else {
                    rest.add(n);
                }
            }
            if (members.isEmpty()) {
                out.add(s);
                continue;
            }
            if (!rest.isEmpty()) {
                out.add(new Statement.Declaration(d.span(), rest, d.domain(), null, List.of()));
            }
            Expr first = d.domain().dims().get(0);
            Domain each = new Domain(d.domain().span(), d.domain().field(),
                    d.domain().dims().subList(1, d.domain().dims().size()), d.domain().set());
            Expr.Sym index = new Expr.Sym(members.get(0).sup().span(), SymKind.LETTERS, letter, null, null, null, 0);
            Statement.FamilyRange range = new Statement.FamilyRange(d.domain().span(), index,
                    new Expr.Num(d.domain().span(), "1"), first);
            out.add(new Statement.Declaration(d.span(), members, each, range, List.of()));
            String dim = program.source().slice(first.span()).strip();
            for (Expr.Sym m : members) {
                String name = program.source().slice(m.span()).strip();
                Diagnostic.of(Code.W0486, program.source(), m.span(), "`" + name + "` is declared with " + dim
                                + " rows under the label `(" + letter + ")`, and every definition that reads it is"
                                + " defined over `(" + letter + ")`: read as the family of the " + dim + " members, `"
                                + letter + " = 1, \\dots, " + dim + "`, each definition reading member `" + letter
                                + "`, its row")
                        .caret("member " + letter + " of the stack")
                        .help("declare each member's shape with its range (`" + name + " \\in \\mathbb{R}^{…}, " + letter
                                + " = 1, \\dots, " + dim + "`) to say so")
                        .report(diagnostics);
            }
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The letter of a name's parenthesised superscript label, {@code x^{(i)}}, or null. */
    private static String label(Expr.Sym n) {
        if (n.sub() != null || n.sup() == null || !n.sup().isSingle() || !(n.sup().single() instanceof Expr.Group g)
                || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN || g.items().size() != 1
                || !(g.items().get(0) instanceof Expr.Sym l) || !l.bare() || l.kind() != SymKind.LETTERS
                || l.base().length() != 1) {
            return null;
        }
        return l.base();
    }

    /**
     * Whether {@code name} is read at least once, and only in definitions whose left-hand side carries the label
     * {@code (letter)} or is subscripted by that letter alone ({@code \mathbb{P}_i}), and not inside a reduction.
     */
    private static boolean readOnlyOver(Program program, Expr.Sym name, String letter, java.util.Set<String> whole) {
        String key = NameKeys.full(name);
        int reads = 0;
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                int here = count(d.rhs(), key) + count(d.lhs(), key);
                if (here == 0) {
                    continue;
                }
                if (!(d.lhs() instanceof Expr.Sym lhs) || reduces(d.rhs()) || !(lhs.labelledBy(letter)
                        && lhs.sub() == null || lhs.sup() == null && lhs.sub() != null
                        && List.of(letter).equals(IndexLetters.of(lhs.sub())))) {
                    return false;
                }
                boolean[] step = {false};
                SubscriptForms.walk(d.rhs(), x -> {
                    if (x instanceof Expr.Sym o && o.sup() != null && o.sub() == null
                            && NameKeys.base(o).equals(NameKeys.base(lhs))) {
                        step[0] = true;
                    }
                });
                if (step[0]) {
                    // Nielsen's a^{(l)} = \sigma(W^{(l)} a^{(l-1)}): one step of a recurrence, whose label stays a
                    // label (ParenthesisedIndicesTest), so W^{(l)} is one layer's matrix, not a stack of rows
                    return false;
                }
                boolean[] wholeRead = {false};
                SubscriptForms.walk(d.rhs(), x -> {
                    if (x instanceof Expr.Sym o && o.labelledBy(letter) && whole.contains(NameKeys.full(o))) {
                        wholeRead[0] = true;
                    }
                });
                if (wholeRead[0]) {
                    return false;
                }
                reads += here;
            } else if (s instanceof Statement.Bare b && count(b.expr(), key) > 0) {
                return false;
            }
        }
        return reads > 0;
    }

    /** The reads of the labelled name {@code key} in {@code e}, transposed ones ({@code \mathbf{x}^{(i)T}}) too. */
    private static int count(Expr e, String key) {
        int[] n = {0};
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Sym s && (NameKeys.full(s).equals(key) || s.sub() == null && s.sup() != null
                    && s.sup().items().size() == 2 && s.sup().items().get(1) instanceof Expr.Sym t
                    && dev.eqc.compiler.ast.Script.TRANSPOSE_MARKS.contains(t.base())
                    && s.sup().items().get(0) instanceof Expr.Group g && g.items().size() == 1
                    && key.equals(NameKeys.base(s) + "^{(" + (g.items().get(0) instanceof Expr.Sym l ? l.base() : "")
                            + ")}"))) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static boolean reduces(Expr e) {
        boolean[] found = {false};
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.BigOp) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
