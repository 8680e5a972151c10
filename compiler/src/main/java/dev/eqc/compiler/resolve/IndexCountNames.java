package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One letter defined element by element twice with different numbers of indices, as BPR prints its scores:
 * {@code \hat{x}_{ui} = \langle w_u, h_i \rangle} then {@code \hat{x}_{uij} = \hat{x}_{ui} - \hat{x}_{uj}}. A tensor
 * has one number of axes, so the two are two values told apart by their indices: the second (and every read with its
 * number of index letters) takes a prime, {@code \hat{x}'_{uij}} (W0457). Before, E0106: defined
 * twice. Only when both left-hand sides are plain index letters, neither name is declared, and no read of the name
 * has a third number of letters. Runs on the statements, before {@link Redefinitions}.
 */
final class IndexCountNames {
    private IndexCountNames() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n.withScripts(n.span(), null, null, n.primes()))));
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
            }
            Redefinitions.collectKeys(s, used);
        }
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = declaredCounts(program, out, declared, used, diagnostics);
        Map<String, Integer> firstCount = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Sym lhs)
                    || lhs.sup() != null || IndexLetters.of(lhs.sub()) == null && lhs.sub() != null) {
                continue;
            }
            if (!elementwise(lhs, d.rhs(), declared)) {
                continue;   // \sigma_x, \sigma_{xy} (SSIM), \ell_{ce}, \ell_{rce}: names with labels, not indices
            }
            String base = baseKey(lhs);
            int count = lhs.sub() == null ? 0 : IndexLetters.of(lhs.sub()).size();
            Integer first = firstCount.get(base);
            if (first == null) {
                firstCount.put(base, count);
                firstAt.put(base, k);
                continue;
            }
            if (first == count || declared.contains(base) || !onlyCounts(out, base, Set.of(first, count))
                    || (first == 0 || count == 0) && !bareReadByElements(out, base)) {
                continue;
            }
            Expr.Sym renamed = lhs;
            do {
                renamed = new Expr.Sym(renamed.span(), renamed.kind(), renamed.base(), renamed.accent(), null, null,
                        renamed.primes() + 1);
            } while (used.contains(NameKeys.full(renamed)));
            used.add(NameKeys.full(renamed));
            Rename rename = new Rename(base, count, renamed.primes() - lhs.primes());
            for (int j = 0; j < out.size(); j++) {
                out.set(j, rename.statement(out.get(j)));
            }
            String spelled = program.source().slice(lhs.span()).strip();
            String stem = lhs.sub() == null ? spelled : program.source().slice(new dev.eqc.compiler.source.Span(
                    lhs.span().start(), lhs.sub().span().start() - 1)).strip().replaceAll("_$", "");
            String earlier = program.source().slice(((Statement.Definition) out.get(firstAt.get(base))).lhs().span())
                    .strip();
            Diagnostic.of(Code.W0457, program.source(), lhs.span(), "`" + spelled + "` has " + count + " indices and `"
                            + earlier + "` (line " + program.source().line(out.get(firstAt.get(base)).span().start())
                            + ") " + first + ": two values, told apart by their indices; this one and every `"
                            + stem + "` with " + count + " indices read as `" + NameKeys.full(renamed) + "`")
                    .caret("a value of its own")
                    .help("give it a name of its own to say so (BPR's `\\hat{x}_{uij}` as `\\hat{d}_{uij}`)")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /**
     * A declared tensor defined again element by element under its own letter with another number of indices:
     * scikit-learn's multinomial naive Bayes {@code N_y = \sum_{i=1}^{n} N_{yi}} with {@code N \in \mathbb{R}^{K
     * \times n}} declared (the count of class y beside the count of feature i in class y), RankNet's {@code o_{ij} =
     * o_i - o_j} with {@code o \in \mathbb{R}^{n}}. A tensor has one number of axes, so the definition is a value of
     * its own: it and every read with its number of indices take a prime, the reads with the declared number stay the
     * input (W0484). Was E0105 (defined in terms of itself). Only when each letter of the left-hand side is no declared
     * name and indexes something on the right, and every subscripted read of the letter has one of the two numbers of
     * index letters.
     */
    private static boolean declaredCounts(Program program, List<Statement> out, Set<String> declared, Set<String> used,
            Diagnostics diagnostics) {
        Map<String, Integer> ranks = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain().field() != dev.eqc.compiler.ast.Domain.Field.OTHER
                    && d.family() == null && d.applied().isEmpty()) {
                for (Expr.Sym n : d.names()) {
                    if (n.sub() == null && n.sup() == null) {
                        ranks.merge(NameKeys.full(n), d.domain().dims().size(), (a, b) -> a.equals(b) ? a : -1);
                    }
                }
            }
        }
        // PRML's N_k = \sum_{n=1}^{N} \gamma(z_{nk}) beside the size N of \mathbf{x} \in \mathbb{R}^{N \times D}: a size
        // is a value with no axes
        Set<String> sizes = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                for (Expr dim : d.domain().dims()) {
                    if (dim instanceof Expr.Sym n && n.bare() && !declared.contains(NameKeys.full(n))) {
                        sizes.add(NameKeys.full(n));
                        ranks.putIfAbsent(NameKeys.full(n), 0);
                    }
                }
            }
        }
        boolean changed = false;
        Set<String> done = new HashSet<>();
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Sym lhs) || lhs.sup() != null
                    || lhs.sub() == null || IndexLetters.of(lhs.sub()) == null || d.update()) {
                continue;
            }
            String base = baseKey(lhs);
            Integer rank = ranks.get(base);
            int count = IndexLetters.of(lhs.sub()).size();
            if (rank == null || rank < 0 || rank == count || done.contains(base) || declared.contains(NameKeys.full(lhs))
                    || !elementwise(lhs, d.rhs(), declared) || !onlyCounts(out, base, Set.of(rank, count))
                    || !(sizes.contains(base) ? readsBare(d.rhs(), base) : readsAt(d.rhs(), base, rank))) {
                continue;
            }
            done.add(base);
            Expr.Sym renamed = lhs;
            do {
                renamed = new Expr.Sym(renamed.span(), renamed.kind(), renamed.base(), renamed.accent(), null, null,
                        renamed.primes() + 1);
            } while (used.contains(NameKeys.full(renamed)) || declared.contains(NameKeys.full(renamed)));
            used.add(NameKeys.full(renamed));
            Rename rename = new Rename(base, count, renamed.primes() - lhs.primes());
            for (int j = 0; j < out.size(); j++) {
                out.set(j, rename.statement(out.get(j)));
            }
            String spelled = program.source().slice(lhs.span()).strip();
            String stem = program.source().slice(new dev.eqc.compiler.source.Span(lhs.span().start(),
                    lhs.sub().span().start() - 1)).strip().replaceAll("_$", "");
            Diagnostic.of(Code.W0484, program.source(), lhs.span(), "`" + spelled + "` has " + count + " ind"
                            + (count == 1 ? "ex" : "ices") + " and " + (sizes.contains(base) ? "`" + stem + "` is a size"
                            : "the declared `" + stem + "` " + rank + " ax" + (rank == 1 ? "is" : "es"))
                            + ": two values, told apart by their indices; this one and every `"
                            + stem + "` with " + count + " ind" + (count == 1 ? "ex" : "ices") + " read as `"
                            + NameKeys.full(renamed) + "`, the others as the " + (sizes.contains(base) ? "size" : "input"))
                    .caret("a value of its own")
                    .help("give it a name of its own to say so (`" + stem + "'` or another letter)")
                    .report(diagnostics);
            changed = true;
        }
        return changed;
    }

    /** Whether {@code e} reads the size {@code base} bare (the upper limit of PRML's {@code \sum_{n=1}^{N}}). */
    private static boolean readsBare(Expr e, String base) {
        for (Expr n : IndexLetters.nodes(e, true)) {
            List<Expr> here = new ArrayList<>(List.of(n));
            if (n instanceof Expr.BigOp b && b.operator().sup() != null) {
                for (Expr limit : b.operator().sup().items()) {
                    here.addAll(IndexLetters.nodes(limit, true));
                }
            }
            if (here.stream().anyMatch(x -> x instanceof Expr.Sym s && s.bare() && NameKeys.full(s).equals(base))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} reads {@code base} with {@code count} index letters (the declared input, on the right). */
    private static boolean readsAt(Expr e, String base, int count) {
        boolean[] found = {false};
        ExprCopy check = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (s.sub() != null && s.sup() == null && baseKey(s).equals(base) && IndexLetters.of(s.sub()) != null
                        && IndexLetters.of(s.sub()).size() == count) {
                    found[0] = true;
                }
                return super.sym(s);
            }
        };
        check.expr(e);
        return found[0];
    }

    /**
     * Griffin's RG-LRU, {@code a_t = a^{c r_t}} beside {@code a = \sigma(\Lambda)}: a definition element by element reads
     * the name's bare value, defined on a line of its own. Only then are a bare name and its elements two values.
     */
    private static boolean bareReadByElements(List<Statement> statements, String base) {
        boolean[] found = {false};
        ExprCopy check = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (s.sub() == null && baseKey(s).equals(base)) {
                    found[0] = true;
                }
                return super.sym(s);
            }
        };
        for (Statement s : statements) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym l && l.sub() != null
                    && baseKey(l).equals(base)) {
                check.expr(d.rhs());
            }
        }
        return found[0];
    }

    /** Whether each letter of the left-hand side is no declared name and indexes something on the right. */
    private static boolean elementwise(Expr.Sym lhs, Expr rhs, Set<String> declared) {
        if (lhs.sub() == null) {
            return true;   // a bare value: no letters to check
        }
        for (String letter : IndexLetters.of(lhs.sub())) {
            if (declared.contains(letter) || !IndexLetters.indexesSomething(letter, rhs, declared::contains)) {
                return false;
            }
        }
        return true;
    }

    private static String baseKey(Expr.Sym s) {
        return NameKeys.full(s.withScripts(s.span(), null, null, s.primes()));
    }

    /** Whether every subscripted read of {@code base} in the file has index letters, as many as one of {@code counts}. */
    private static boolean onlyCounts(List<Statement> statements, String base, Set<Integer> counts) {
        boolean[] ok = {true};
        ExprCopy check = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (s.sub() != null && s.sup() == null && baseKey(s).equals(base)) {
                    List<String> letters = IndexLetters.of(s.sub());
                    ok[0] &= letters != null && counts.contains(letters.size());
                }
                return super.sym(s);
            }
        };
        for (Statement s : statements) {
            if (s instanceof Statement.Definition d) {
                check.expr(d.lhs());
                check.expr(d.rhs());
            } else if (s instanceof Statement.Bare b) {
                check.expr(b.expr());
            }
        }
        return ok[0];
    }

    /** Every use of {@code base} with {@code count} index letters, with {@code primes} more primes. */
    private static final class Rename extends ExprCopy {
        private final String base;
        private final int count;
        private final int primes;

        Rename(String base, int count, int primes) {
            this.base = base;
            this.count = count;
            this.primes = primes;
        }

        @Override
        Expr sym(Expr.Sym s) {
            if (s.sub() != null && s.sup() == null && baseKey(s).equals(base) && IndexLetters.of(s.sub()) != null
                    && IndexLetters.of(s.sub()).size() == count) {
                return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), s.sub(), null, s.primes() + primes);
            }
            if (count == 0 && s.sub() == null && baseKey(s).equals(base)) {
                // a^{c r_t}: the bare value, its power kept
                return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), null, script(s.sup()), s.primes() + primes);
            }
            return super.sym(s);
        }
    }
}
