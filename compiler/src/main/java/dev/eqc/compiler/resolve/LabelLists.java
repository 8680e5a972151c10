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
    private static class LabelRewrite extends ExprCopy {
        private final String listKey;
        private final String label;

        LabelRewrite(String listKey, String label) {
            this.listKey = listKey;
            this.label = label;
        }

        @Override
        Script script(Script s) {
            if (s == null || label == null || !s.key().replace(" ", "").equals(listKey)) {
                return super.script(s);
            }
            return new Script(s.span(), List.of(new Expr.Sym(s.span(), SymKind.WORD, label, null, null, null, 0)), label);
        }
    }
}
