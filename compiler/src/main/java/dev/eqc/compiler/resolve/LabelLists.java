package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * One line that defines several names by a label list, as HyperLSTM's
 * <code>{i,f,g,o} = LN(d_h^{i,f,g,o}(z_h) \odot (W_h^{i,f,g,o} h_{t-1}) + …)</code>: expanded into one
 * definition per label, {@code i = LN(d_h^{i}(z_h) …)}, …, where every script that repeats the list
 * takes that label as a name part (a label, never the value defined). Runs before name resolution,
 * on the statements; W0181 says what was expanded. A brace list on the left whose labels no script
 * repeats is left alone (E0107 then).
 */
final class LabelLists {
    private LabelLists() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            List<String> labels = s instanceof Statement.Definition d ? labels(d.lhs(), program) : null;
            if (labels == null) {
                out.add(s);
                continue;
            }
            Statement.Definition d = (Statement.Definition) s;
            String listKey = String.join(",", labels);
            if (!mentions(d.rhs(), listKey)) {
                out.add(s);
                continue;
            }
            List<Expr> names = ((Expr.Group) d.lhs()).items();
            for (int k = 0; k < labels.size(); k++) {
                Expr rhs = new LabelRewrite(listKey, labels.get(k)).expr(d.rhs());
                out.add(new Statement.Definition(d.span(), names.get(k), d.opSpan(), d.op(), rhs, d.comment()));
            }
            Diagnostic.of(Code.W0181, program.source(), d.lhs().span(), "`" + program.source().slice(d.lhs().span())
                            + "` defines " + labels.size() + " names, " + String.join(", ", labels)
                            + ", each with its own label where a script repeats the list `^{" + listKey + "}`")
                    .caret("one definition per label")
                    .help("write one line per name, like `" + labels.get(0) + " = …` with `^{" + labels.get(0)
                            + "}` in its body, to state it")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** The labels of a brace list of two or more bare names on the left, or null. */
    private static List<String> labels(Expr lhs, Program program) {
        if (!(lhs instanceof Expr.Group g) || g.bracket() != Bracket.BRACE && g.bracket() != Bracket.SET
                || g.items().size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Expr item : g.items()) {
            if (!(item instanceof Expr.Sym s) || !s.bare()) {
                return null;
            }
            out.add(program.source().slice(s.span()).strip());
        }
        return out;
    }

    private static boolean mentions(Expr e, String listKey) {
        boolean[] found = {false};
        new LabelRewrite(listKey, null) {
            @Override
            Script script(Script s) {
                if (s != null && s.key().replace(" ", "").equals(listKey)) {
                    found[0] = true;
                }
                return super.script(s);
            }
        }.expr(e);
        return found[0];
    }

    /** Copies an expression with every script spelled as the label list replaced by one label. */
    private static class LabelRewrite {
        private final String listKey;
        private final String label;

        LabelRewrite(String listKey, String label) {
            this.listKey = listKey;
            this.label = label;
        }

        Script script(Script s) {
            if (s == null || label == null || !s.key().replace(" ", "").equals(listKey)) {
                return s == null ? null : new Script(s.span(), exprs(s.items()), s.key());
            }
            return new Script(s.span(), List.of(new Expr.Sym(s.span(), SymKind.WORD, label, null, null, null, 0)), label);
        }

        private List<Expr> exprs(List<Expr> items) {
            return items.stream().map(this::expr).toList();
        }

        Expr expr(Expr e) {
            if (e instanceof Expr.Num) {
                return e;
            }
            if (e instanceof Expr.Sym s) {
                return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), script(s.sub()), script(s.sup()), s.primes());
            }
            if (e instanceof Expr.Group g) {
                return new Expr.Group(g.span(), g.bracket(), exprs(g.items()));
            }
            if (e instanceof Expr.Apply a) {
                return new Expr.Apply(a.span(), expr(a.callee()), exprs(a.args()), a.argsSpan());
            }
            if (e instanceof Expr.Binary b) {
                return new Expr.Binary(b.span(), b.opSpan(), b.op(), expr(b.left()), expr(b.right()));
            }
            if (e instanceof Expr.Unary u) {
                return new Expr.Unary(u.span(), u.opSpan(), u.op(), expr(u.operand()));
            }
            if (e instanceof Expr.Power p) {
                return new Expr.Power(p.span(), expr(p.base()), script(p.exponent()));
            }
            if (e instanceof Expr.Subscripted s) {
                return new Expr.Subscripted(s.span(), expr(s.base()), script(s.sub()));
            }
            if (e instanceof Expr.Frac f) {
                return new Expr.Frac(f.span(), expr(f.num()), expr(f.den()));
            }
            if (e instanceof Expr.Root r) {
                return new Expr.Root(r.span(), r.degree() == null ? null : expr(r.degree()), expr(r.radicand()));
            }
            if (e instanceof Expr.Relation r) {
                return new Expr.Relation(r.span(), r.opSpan(), r.op(), expr(r.left()), expr(r.right()));
            }
            if (e instanceof Expr.BigOp b) {
                return new Expr.BigOp(b.span(), (Expr.Sym) expr(b.operator()), expr(b.body()));
            }
            if (e instanceof Expr.Underset u) {
                return new Expr.Underset(u.span(), expr(u.under()), expr(u.op()));
            }
            if (e instanceof Expr.Cases c) {
                return new Expr.Cases(c.span(), c.rows().stream().map(r -> new Expr.Case(r.span(), expr(r.value()),
                        r.condition() == null ? null : expr(r.condition()))).toList());
            }
            if (e instanceof Expr.Matrix m) {
                return new Expr.Matrix(m.span(), m.environment(), m.rows().stream().map(this::exprs).toList());
            }
            if (e instanceof Expr.Abs a) {
                return new Expr.Abs(a.span(), expr(a.operand()));
            }
            if (e instanceof Expr.Norm n) {
                return new Expr.Norm(n.span(), expr(n.operand()));
            }
            if (e instanceof Expr.Factorial f) {
                return new Expr.Factorial(f.span(), expr(f.operand()));
            }
            throw new AssertionError("an expression kind LabelLists does not copy: " + e.getClass());
        }
    }
}
