package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A member of a family declared by its own shape, as textbooks state it: Tong Zhang's ridge regression declares
 * {@code x_i \in \mathbb{R}^{d}} and writes {@code \sum_{i=1}^{n} x_i x_i^\top}; a CMU EM note declares
 * {@code \mathbf{x}_i \in \mathbb{R}^{d}} and writes {@code \sum_{i=1}^{n} \gamma_{ik} \mathbf{x}_i}. The name
 * {@code x_i} was one input of shape [d], the same at every term, so the sum was n times one outer product, silently.
 * When a declaration's names all carry the same one-letter subscript, the letter is no name the file declares, the
 * family's bare name is declared nowhere else, and every sum or product over that letter from 1 whose body reads one of
 * the names has the same upper limit, the declaration is the family {@code x_i \in \mathbb{R}^{d}, i = 1, \ldots, n}
 * (W0530). So is a data point labelled by the letter, MIT 6.036's {@code x^{(i)} \in \mathbb{R}^{d}} with
 * {@code \sum_{i=1}^{n} \mathcal{L}(\theta^T x^{(i)} + \theta_0, y^{(i)})} (was E0350), when it is a vector or a
 * number (a matrix under a label, {@code W^{(l)}}, stays E0350). Not when the upper limit is a declared input (a count
 * given at run time), nor when the declared shape already has an axis of the limit's size ({@code n_k \in
 * \mathbb{R}^{K}} with {@code \sum_{k=1}^{K} n_k}, the whole vector under its element's name). Runs on the
 * statements, before name resolution.
 */
final class ImplicitFamilies {
    private ImplicitFamilies() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = new HashSet<>();
        List<Expr.BigOp> reductions = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
            } else if (s instanceof Statement.Definition d) {
                collect(d.lhs(), reductions);
                collect(d.rhs(), reductions);
            } else if (s instanceof Statement.Continuation c) {
                collect(c.rhs(), reductions);
            } else if (s instanceof Statement.Bare b) {
                collect(b.expr(), reductions);
            }
        }
        if (reductions.isEmpty()) {
            return program;
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            Statement.FamilyRange range = s instanceof Statement.Declaration d ? rangeOf(program, d, declared, reductions)
                    : null;
            if (range == null) {
                out.add(s);
                continue;
            }
            Statement.Declaration d = (Statement.Declaration) s;
            String names = String.join(", ", d.names().stream().map(n -> program.source().slice(n.span()).strip()).toList());
            String letter = range.index().base();
            String last = program.source().slice(range.last().span()).strip();
            Diagnostic.of(Code.W0530, program.source(), d.names().get(0).span().to(d.names().get(d.names().size() - 1)
                            .span()), "`" + names + "` " + (d.names().size() == 1 ? "is" : "are") + " declared by "
                            + (d.names().size() == 1 ? "its member's" : "their members'") + " shape and read under `"
                            + letter + "` by a sum from 1 to `" + last + "`: read as a family of " + last
                            + " members, one input with the member number as its first axis, and `"
                            + program.source().slice(d.names().get(0).span()).strip() + "` as member " + letter
                            + " (as one value it would be the same at every term)")
                    .caret("a family of " + last + " members")
                    .help("write `" + names + " \\in …, " + letter + " = 1, \\ldots, " + last + "` to say so")
                    .report(diagnostics);
            out.add(new Statement.Declaration(d.span(), d.names(), d.domain(), range, d.applied()));
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    private static void collect(Expr e, List<Expr.BigOp> into) {
        if (e == null) {
            return;
        }
        for (Expr n : IndexLetters.nodes(e, false)) {
            if (n instanceof Expr.BigOp b) {
                into.add(b);
            }
        }
    }

    /** The family range of {@code d} read from the sums over its names' letter, or null. */
    private static Statement.FamilyRange rangeOf(Program program, Statement.Declaration d, Set<String> declared,
            List<Expr.BigOp> reductions) {
        if (d.family() != null || !d.applied().isEmpty() || d.domain() == null || d.names().isEmpty()) {
            return null;
        }
        String letter = null;
        for (Expr.Sym n : d.names()) {
            String l = memberLetter(n);
            if (l == null || letter != null && !letter.equals(l)) {
                return null;
            }
            letter = l;
            if (n.sub() == null && d.domain().dims().size() > 1) {
                // W^{(l)} \in \mathbb{R}^{n \times m} under \sum_{l=1}^{L}: layers labelled (l) are often of different
                // shapes; a matrix under a label stays E0350 (data points and targets, vectors and numbers, are read)
                return null;
            }
            Expr.Sym bare = n.withScripts(n.span(), null, null, n.primes());
            if (declared.contains(NameKeys.full(bare))) {
                return null;
            }
        }
        if (declared.contains(letter)) {
            return null;
        }
        Expr.Sym index = null;
        Expr last = null;
        for (Expr.BigOp b : reductions) {
            Expr.Sym op = b.operator();
            if (!(op.base().equals("\\sum") || op.base().equals("\\prod")) || op.sub() == null || !op.sub().isSingle()
                    || !(op.sub().single() instanceof Expr.Relation r) || r.op() != RelOp.EQ
                    || !(r.left() instanceof Expr.Sym i) || !i.bare() || !i.base().equals(letter)
                    || !reads(b.body(), d.names())) {
                continue;
            }
            if (!(r.right() instanceof Expr.Num one) || one.value() != 1.0 || op.sup() == null || !op.sup().isSingle()) {
                return null;
            }
            Expr upper = op.sup().single();
            if (last != null && !program.source().slice(last.span()).strip()
                    .equals(program.source().slice(upper.span()).strip())) {
                return null;
            }
            index = index == null ? i : index;
            last = upper;
        }
        if (last == null) {
            return null;
        }
        if (last instanceof Expr.Sym limit && declared.contains(NameKeys.full(limit))) {
            // BHK's \sum_{i=1}^{k} \sigma_i \mathbf{u}_i \mathbf{v}_i^T with k \in \mathbb{N} an input: a count given at
            // run time is no size of a family (E0384 where the member is read whole)
            return null;
        }
        String size = program.source().slice(last.span()).strip();
        for (Expr dim : d.domain().dims()) {
            if (program.source().slice(dim.span()).strip().equals(size)) {
                // n_k \in \mathbb{R}^{K} with \sum_{k=1}^{K} n_k (FedAvg), \hat{A}_i \in \mathbb{R}^{G} with
                // \sum_{i=1}^{G}: the whole vector declared under its element's name, already of the sum's range.
                return null;
            }
        }
        return new Statement.FamilyRange(d.span(), index, new Expr.Num(index.span(), "1"), last);
    }

    /** The one lower-case letter {@code x_i} ({@code \mathbf{x}_i}) is subscripted or {@code x^{(i)}} labelled by; or null. */
    private static String memberLetter(Expr.Sym n) {
        if (n.sub() == null && n.sup() != null && n.sup().isSingle() && n.sup().single() instanceof Expr.Group g
                && g.items().size() == 1 && g.items().get(0) instanceof Expr.Sym l && l.bare()
                && l.kind() == SymKind.LETTERS && l.base().length() == 1 && Character.isLowerCase(l.base().charAt(0))) {
            // MIT 6.036's x^{(i)} \in \mathbb{R}^{d}: the data point labelled (i)
            return l.base();
        }
        if (n.sup() != null || n.sub() == null || !n.sub().isSingle() || !(n.sub().single() instanceof Expr.Sym i)
                || !i.bare() || i.kind() != SymKind.LETTERS || i.base().length() != 1
                || !Character.isLowerCase(i.base().charAt(0))) {
            return null;
        }
        return i.base();
    }

    /** Whether {@code body} reads one of {@code names} as written (a transpose mark allowed). */
    private static boolean reads(Expr body, List<Expr.Sym> names) {
        for (Expr e : IndexLetters.nodes(body, false)) {
            if (e instanceof Expr.Sym labelled && labelled.sup() != null) {
                for (Expr.Sym n : names) {
                    if (n.sub() == null && n.sup() != null && labelled.kind() == n.kind()
                            && labelled.base().equals(n.base()) && java.util.Objects.equals(labelled.accent(), n.accent())
                            && labelled.sup().key().equals(n.sup().key())) {
                        return true;
                    }
                }
            }
            if (!(e instanceof Expr.Sym s) || s.sub() == null || s.sup() != null && !s.sup().isTranspose()) {
                continue;
            }
            for (Expr.Sym n : names) {
                if (s.kind() == n.kind() && s.base().equals(n.base()) && java.util.Objects.equals(s.accent(), n.accent())
                        && s.primes() == n.primes() && s.sub().key().equals(n.sub().key())) {
                    return true;
                }
            }
        }
        return false;
    }
}
