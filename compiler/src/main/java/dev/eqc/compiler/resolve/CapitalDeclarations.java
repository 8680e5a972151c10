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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A matrix declared by its capital and defined by its elements, as textbooks print one: Dive into Deep Learning's
 * positional encoding declares {@code \mathbf{P} \in \mathbb{R}^{n \times d}} and defines {@code p_{i, 2j} = \sin(…)},
 * {@code p_{i, 2j+1} = \cos(…)}. When the file declares the capital, uses it nowhere else, declares nothing under
 * the lower-case letter, and defines the lower-case letter element by element with as many subscript positions as
 * the capital has axes, the declaration is the defined tensor's shape (W0426), as {@code p \in \mathbb{R}^{n \times
 * d}} would be. Runs on the statements, before name resolution.
 */
final class CapitalDeclarations {
    private CapitalDeclarations() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
            }
        }
        Set<String> used = new HashSet<>();
        List<Expr.Sym> defined = new ArrayList<>();
        ExprCopy collect = ExprCopy.recordingBases(used);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                if (d.lhs() instanceof Expr.Sym lhs && elementwise(lhs)) {
                    defined.add(lhs);
                } else {
                    collect.expr(d.lhs());
                }
                collect.expr(d.rhs());
            } else if (s instanceof Statement.Continuation c) {
                collect.expr(c.rhs());
            } else if (s instanceof Statement.Bare b) {
                collect.expr(b.expr());
            }
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        Set<String> renamed = new HashSet<>();
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Declaration d) || d.domain() == null
                    || d.domain().field() != Domain.Field.REAL || d.family() != null) {
                out.add(s);
                continue;
            }
            List<Expr.Sym> names = new ArrayList<>();
            for (Expr.Sym n : d.names()) {
                Expr.Sym element = n.sub() == null && n.sup() == null && n.primes() == 0 && n.accent() == null
                        && n.kind() == SymKind.LETTERS && n.base().length() == 1
                        && Character.isUpperCase(n.base().charAt(0)) && !used.contains(n.base())
                        ? elementOf(n, d.domain().dims().size(), defined, declared, renamed) : null;
                if (element == null) {
                    names.add(n);
                    continue;
                }
                Expr.Sym name = new Expr.Sym(n.span(), element.kind(), element.base(), null, null, null, 0);
                renamed.add(element.base());
                changed = true;
                Diagnostic.of(Code.W0426, program.source(), n.span(), "`" + program.source().slice(n.span()).strip()
                                + "` is used nowhere and `" + program.source().slice(element.span()).strip()
                                + "` is defined element by element: the declaration is read as the shape of `"
                                + element.base() + "`, the matrix whose elements those are")
                        .caret("the shape of " + element.base())
                        .help("declare `" + element.base() + " \\in …` to say so")
                        .report(diagnostics);
                names.add(name);
            }
            out.add(new Statement.Declaration(d.span(), names, d.domain(), d.family(), d.applied()));
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** {@code p_{i, 2j}}: a lower-case letter with a subscript and nothing else. */
    private static boolean elementwise(Expr.Sym s) {
        return s.sub() != null && s.sup() == null && s.primes() == 0 && s.accent() == null
                && s.kind() == SymKind.LETTERS && s.base().length() == 1 && Character.isLowerCase(s.base().charAt(0));
    }

    /** The definition of the capital's lower-case letter with {@code rank} subscript positions, or null. */
    private static Expr.Sym elementOf(Expr.Sym capital, int rank, List<Expr.Sym> defined, Set<String> declared,
            Set<String> renamed) {
        String lower = capital.base().toLowerCase(java.util.Locale.ROOT);
        if (declared.contains(lower) || renamed.contains(lower) || rank < 2) {
            return null;
        }
        Expr.Sym found = null;
        for (Expr.Sym s : defined) {
            if (!s.base().equals(lower)) {
                continue;
            }
            List<String> letters = IndexLetters.of(s.sub());
            int positions = letters != null ? letters.size() : s.sub().items().size();
            if (positions != rank) {
                return null;
            }
            found = found == null ? s : found;
        }
        return found;
    }
}
