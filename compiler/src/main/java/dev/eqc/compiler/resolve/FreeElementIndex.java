package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
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
 * A function of a vector whose body reads the vector's element at a letter nothing binds, as JAX's docstring prints
 * the softmax: {@code \mathrm{softmax}(x) = \frac{\exp(x_i)}{\sum_j \exp(x_j)}} with {@code x \in \mathbb{R}^{n}}.
 * The letter is the index of the value being defined, {@code \mathrm{softmax}(x)_i}, written on the right only
 * (W0464). {@code x_i} was an undeclared scalar input (W0101) and the run asked for it. Read so only when the
 * parameter is a declared vector, {@code x_i} is no declared name, the letter is no name or size of the file, no
 * reduction of the body binds it, and nothing in the file calls the function. Runs on the statements, before name
 * resolution.
 */
final class FreeElementIndex {
    private FreeElementIndex() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> vectors = new HashSet<>();
        Set<String> declared = new HashSet<>();
        Set<String> letters = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                for (Expr.Sym n : d.names()) {
                    declared.add(NameKeys.full(n));
                    letters.add(n.base());
                    if (d.domain().dims().size() == 1) {
                        vectors.add(NameKeys.full(n));
                    }
                }
                for (Expr dim : d.domain().dims()) {
                    IndexLetters.nodes(dim, true).stream().filter(x -> x instanceof Expr.Sym).map(x -> ((Expr.Sym) x).base())
                            .forEach(letters::add);
                }
            }
        }
        if (vectors.isEmpty()) {
            return program;
        }
        Set<String> called = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                letters.add(d.lhs() instanceof Expr.Sym n ? n.base() : "");
                for (Expr e : IndexLetters.nodes(d.rhs(), false)) {
                    if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f) {
                        called.add(NameKeys.full(f));
                    }
                }
            }
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            String letter = s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply a
                    && a.callee() instanceof Expr.Sym f && f.sub() == null && f.sup() == null && !called.contains(NameKeys.full(f))
                    ? freeLetter(d, a, vectors, declared, letters) : null;
            if (letter == null) {
                out.add(s);
                continue;
            }
            Statement.Definition d = (Statement.Definition) s;
            Expr.Apply a = (Expr.Apply) d.lhs();
            String lhs = program.source().slice(a.span()).strip();
            Diagnostic.of(Code.W0464, program.source(), a.span(), "the right-hand side reads `"
                            + program.source().slice(((Expr.Sym) a.args().get(0)).span()).strip() + "` at `" + letter
                            + "`, a letter nothing binds: read as `" + lhs + "_" + letter + "`, the value defined element"
                            + " by element over `" + letter + "`")
                    .caret("defined over " + letter)
                    .help("write `" + lhs + "_" + letter + " = …` to say so")
                    .report(diagnostics);
            Expr.Sym index = new Expr.Sym(a.span(), SymKind.LETTERS, letter, null, null, null, 0);
            Expr lhsIndexed = new Expr.Subscripted(a.span(), a, new Script(a.span(), List.of(index), letter));
            out.add(new Statement.Definition(d.span(), lhsIndexed, d.opSpan(), d.op(), d.rhs(), d.comment()));
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The one letter at which the body reads a vector parameter while nothing binds it, or null. */
    private static String freeLetter(Statement.Definition d, Expr.Apply a, Set<String> vectors, Set<String> declared,
            Set<String> letters) {
        Set<String> params = new HashSet<>();
        for (Expr arg : a.args()) {
            if (!(arg instanceof Expr.Sym p) || p.sub() != null || p.sup() != null || !vectors.contains(NameKeys.full(p))) {
                return null;
            }
            params.add(NameKeys.full(p));
        }
        Set<String> bound = new HashSet<>();
        List<Expr> nodes = IndexLetters.nodes(d.rhs(), false);
        for (Expr e : nodes) {
            Script under = e instanceof Expr.BigOp b ? b.operator().sub()
                    : e instanceof Expr.Underset u && u.under() != null ? new Script(u.span(), List.of(u.under()), "") : null;
            if (under != null) {
                for (Expr item : under.items()) {
                    for (Expr x : IndexLetters.nodes(item, true)) {
                        if (x instanceof Expr.Sym l && l.kind() == SymKind.LETTERS) {
                            for (char c : l.base().toCharArray()) {
                                bound.add(String.valueOf(c));
                            }
                        }
                    }
                }
            }
        }
        String found = null;
        for (Expr e : nodes) {
            if (!(e instanceof Expr.Sym s) || s.sub() == null || s.sup() != null || s.primes() != 0
                    || declared.contains(NameKeys.full(s))) {
                continue;
            }
            List<String> idx = IndexLetters.of(s.sub());
            if (idx == null || idx.size() != 1 || !s.sub().isSingle()) {
                continue;
            }
            String l = idx.get(0);
            if (!params.contains(NameKeys.full(s.withScripts(s.span(), null, null, 0))) || bound.contains(l)
                    || letters.contains(l) || l.length() != 1) {
                continue;
            }
            if (found != null && !found.equals(l)) {
                return null;
            }
            found = l;
        }
        return found;
    }
}
