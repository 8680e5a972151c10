package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A matrix defined element by element and its diagonal given apart, Goldberger et al.'s NCA
 * {@code p_{ij} = \frac{\exp(-\|Ax_i - Ax_j\|^2)}{\sum_{k \neq i} \exp(-\|Ax_i - Ax_k\|^2)}, \quad p_{ii} = 0}:
 * the second line sets the diagonal of the first. It becomes one definition,
 * {@code p_{ij} = \begin{cases} 0 & i = j \\ … & \text{otherwise} \end{cases}}, with W0350 naming the reading
 * (before, {@code p_{ii}} was a number of its own that nothing read, and {@code p} kept the general formula on
 * its diagonal, silently). The diagonal's formula may use its letter ({@code D_{ii} = d_i}); it is renamed to the
 * general line's first index. A {@code D_{ii}} with no general line stays a diagonal matrix (PendingDefinition).
 * Runs on the statements, before name resolution.
 */
final class DiagonalOverrides {
    private DiagonalOverrides() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition diag) || diag.update()
                    || !(diag.lhs() instanceof Expr.Sym d) || d.sup() != null) {
                continue;
            }
            List<String> repeated = IndexLetters.of(d.sub());
            if (repeated == null || repeated.size() != 2 || !repeated.get(0).equals(repeated.get(1))) {
                continue;
            }
            int at = general(out, k, d);
            if (at < 0) {
                continue;
            }
            Statement.Definition all = (Statement.Definition) out.get(at);
            Expr.Sym g = (Expr.Sym) all.lhs();
            List<String> letters = IndexLetters.of(g.sub());
            Span where = d.sub().span();
            Expr value = rename(diag.rhs(), repeated.get(0), letters.get(0));
            Expr.Cases cases = new Expr.Cases(all.rhs().span(), List.of(
                    new Expr.Case(diag.rhs().span(), value, onDiagonal(program, where, letters)),
                    new Expr.Case(all.rhs().span(), all.rhs(), null)));
            String name = program.source().slice(g.span());
            Diagnostic.of(Code.W0350, program.source(), diag.span(), "`" + program.source().slice(diag.span()).strip()
                            + "` gives the diagonal of `" + name + "`, defined element by element: read as one"
                            + " definition, `" + name + "` = `" + program.source().slice(diag.rhs().span()).strip()
                            + "` where `" + letters.get(0) + " = " + letters.get(1) + "`, the general formula elsewhere")
                    .caret("the diagonal of `" + name + "`")
                    .label(all.lhs().span(), "the general formula")
                    .help("write the two cases in one definition, `" + name + " = \\begin{cases} … & " + letters.get(0)
                            + " = " + letters.get(1) + " \\\\ … & \\text{otherwise} \\end{cases}`, to say so and silence"
                            + " this warning")
                    .report(diagnostics);
            out.set(at, new Statement.Definition(all.span(), all.lhs(), all.opSpan(), all.op(), cases, all.comment()));
            out.remove(k);
            k--;
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The definition of the same name with two different index letters ({@code p_{ij}}), or -1. */
    private static int general(List<Statement> statements, int skip, Expr.Sym diagonal) {
        String base = NameKeys.full(diagonal.withScripts(diagonal.span(), null, null, diagonal.primes()));
        for (int k = 0; k < statements.size(); k++) {
            if (k == skip || !(statements.get(k) instanceof Statement.Definition d) || d.update()
                    || !(d.lhs() instanceof Expr.Sym s) || s.sup() != null || s.sub() == null
                    || !NameKeys.full(s.withScripts(s.span(), null, null, s.primes())).equals(base)) {
                continue;
            }
            List<String> letters = IndexLetters.of(s.sub());
            if (letters != null && letters.size() == 2 && !letters.get(0).equals(letters.get(1))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * {@code \delta_{ij} = 1}: the Kronecker delta of the two left-hand indices, which uses neither as a number, so
     * no W0140 asks how they count (a written {@code i = j} does); {@code i = j} when the file names {@code \delta}
     * itself or an index is longer than a letter.
     */
    private static Expr onDiagonal(Program program, Span where, List<String> letters) {
        Expr first = letter(where, letters.get(0));
        Expr second = letter(where, letters.get(1));
        if (program.source().text().contains("\\delta") || letters.get(0).length() != 1 || letters.get(1).length() != 1) {
            return new Expr.Relation(where, where, RelOp.EQ, first, second);
        }
        Expr.Sym delta = new Expr.Sym(where, SymKind.COMMAND, "\\delta", null,
                new Script(where, List.of(first, second), letters.get(0) + letters.get(1)), null, 0);
        return new Expr.Relation(where, where, RelOp.EQ, delta, new Expr.Num(where, "1"));
    }

    private static Expr letter(Span at, String name) {
        return new Expr.Sym(at, SymKind.LETTERS, name, null, null, null, 0);
    }

    /** {@code e} with the bare letter {@code from} written {@code to} ({@code d_i} becomes {@code d_a}). */
    private static Expr rename(Expr e, String from, String to) {
        if (from.equals(to)) {
            return e;
        }
        return new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                Expr.Sym copied = (Expr.Sym) super.sym(s);
                return copied.bare() && copied.kind() == SymKind.LETTERS && copied.base().equals(from)
                        ? new Expr.Sym(s.span(), SymKind.LETTERS, to, null, null, null, copied.primes()) : copied;
            }
        }.expr(e);
    }
}
