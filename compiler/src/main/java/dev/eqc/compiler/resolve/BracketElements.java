package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A declared tensor defined element by element with its indices in square brackets, as code and some books print it:
 * Fleuret's {@code \mathrm{pos\text{-}enc}[t, 2i] = \sin(t / T^{2i/D})} with {@code \mathrm{pos\text{-}enc} \in
 * \mathbb{R}^{L \times D}} declared is {@code \mathrm{pos\text{-}enc}_{t, 2i} = …}. Was E0107 (the bracket read as a
 * function's parameters). Only when the name is declared and every bracketed item is an index letter or a whole
 * multiple of one plus or minus a whole number; a name the file does not declare keeps Prince's reading, a function
 * with its parameters in brackets ({@code \mathbf{f}[\mathbf{x}, \boldsymbol\phi]}). No reading is chosen, so no
 * warning.
 */
final class BracketElements {
    private BracketElements() {}

    static Program expand(Program program, dev.eqc.compiler.diag.Diagnostics diagnostics) {
        Set<String> declared = ProgramNames.declared(program);
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d)) {
                continue;
            }
            Expr.Sym name = null;
            List<Expr> items = null;
            dev.eqc.compiler.source.Span itemsSpan = null;
            if (d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f
                    && program.source().slice(a.argsSpan()).strip().startsWith("[")) {
                name = f;
                items = a.args();
                itemsSpan = a.argsSpan();
            } else if (d.lhs() instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym f
                    && b.right() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE) {
                name = f;
                items = g.items();
                itemsSpan = g.span();
            }
            if (name == null || name.sub() != null || name.sup() != null || !declared.contains(NameKeys.full(name))
                    || items.isEmpty() || !items.stream().allMatch(BracketElements::indexItem)) {
                continue;
            }
            String key = String.join(",", items.stream()
                    .map(e -> program.source().slice(e.span()).replaceAll("\\s+", "")).toList());
            // the script starts after the bracket, as after `_`: the name printed is the name before it
            Expr.Sym element = name.withScripts(d.lhs().span(), new Script(new dev.eqc.compiler.source.Span(
                    itemsSpan.start() + 1, itemsSpan.end()), items, key), null, name.primes());
            out.set(k, new Statement.Definition(d.span(), element, d.opSpan(), d.op(), d.rhs(), d.comment()));
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** {@code t}, {@code 2i}, {@code 2i+1}, {@code i-1}. */
    private static boolean indexItem(Expr e) {
        if (e instanceof Expr.Sym s) {
            return s.bare() && s.kind() == SymKind.LETTERS && s.base().length() == 1;
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE) {
            return b.left() instanceof Expr.Num n && n.text().matches("\\d+") && indexItem(b.right());
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
            return indexItem(b.left()) && b.right() instanceof Expr.Num n && n.text().matches("\\d+");
        }
        return false;
    }
}
