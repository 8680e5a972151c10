package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Domain;
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
 * The standard basis vector of a class label, Blondel and Roulet's {@code \langle \bm{\theta}, \bm{e}_y \rangle} with
 * {@code y \in [M]}: {@code e_y} (any bold style) with {@code y} a declared class label, and {@code e} neither declared
 * nor defined, is {@code \mathrm{onehot}(y)}, as long as y's classes (W0499).
 */
final class BasisVectors {
    private BasisVectors() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> labels = new HashSet<>();
        Set<String> taken = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                for (Expr.Sym n : d.names()) {
                    taken.add(n.base());
                    if (d.domain() != null && d.domain().field() == Domain.Field.OTHER && labelSet(d.domain().set())
                            && d.names().size() == 1 && n.bare()) {
                        labels.add(n.base());
                    }
                }
            } else if (s instanceof Statement.Definition d) {
                Expr lhs = d.lhs();
                if (lhs instanceof Expr.Apply a) {
                    lhs = a.callee();
                }
                if (lhs instanceof Expr.Sym n) {
                    taken.add(n.base());
                }
            }
        }
        if (labels.isEmpty() || taken.contains("e")) {
            return program;
        }
        boolean[] changed = {false};
        ExprCopy copy = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (s.kind() == SymKind.LETTERS && s.base().equals("e") && s.accent() == null && s.sup() == null
                        && s.primes() == 0 && s.sub() != null && s.sub().items().size() == 1
                        && s.sub().items().get(0) instanceof Expr.Sym y && y.bare() && labels.contains(y.base())) {
                    changed[0] = true;
                    String spelled = program.source().slice(s.span()).strip();
                    Diagnostic.of(Code.W0499, program.source(), s.span(), "`" + spelled + "` is read as the standard"
                                    + " basis vector of the class label `" + y.base() + "`: `\\mathrm{onehot}(" + y.base()
                                    + ")`, 1 at the label and 0 elsewhere, as long as the number of classes")
                            .caret("one-hot of `" + y.base() + "`")
                            .help("declare `e` to give a tensor of your own; write `\\mathrm{onehot}(" + y.base()
                                    + ")` to say so")
                            .report(diagnostics);
                    Expr.Sym callee = new Expr.Sym(s.span(), SymKind.WORD, "onehot", null, null, null, 0);
                    return new Expr.Apply(s.span(), callee, List.of(y), y.span());
                }
                return super.sym(s);
            }
        };
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                out.add(new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), copy.expr(d.rhs()), d.comment()));
            } else {
                out.add(s);
            }
        }
        return changed[0] ? new Program(program.source(), out) : program;
    }

    /** {@code [M]}, {@code \{1, \dots, K\}}, {@code \{0, \dots, K-1\}}: a set of class labels without an exponent. */
    private static boolean labelSet(Expr set) {
        if (!(set instanceof Expr.Group g)) {
            return false;
        }
        if (g.bracket() == Bracket.SQUARE) {
            return g.items().size() == 1 && (!(g.items().get(0) instanceof Expr.Num n) || n.text().matches("[1-9]\\d*"));
        }
        return g.bracket() == Bracket.SET && g.items().size() == 3 && g.items().get(1) instanceof Expr.Sym dots
                && (dots.base().equals("\\dots") || dots.base().equals("\\ldots") || dots.base().equals("\\cdots"))
                && g.items().get(0) instanceof Expr.Num n && (n.value() == 0.0 || n.value() == 1.0);
    }
}
