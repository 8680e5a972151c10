package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement rewrite that replaces parts of definitions' right-hand sides by names of definitions it hoists, which
 * go right before the definition that used them ({@link PatternColumns}, {@link PatternRows}).
 */
abstract class HoistingRewrite {
    final Program program;
    final Diagnostics diagnostics;
    /** The statements the definition being rewritten needs, in order. */
    final List<Statement> hoisted = new ArrayList<>();
    /** The definition being rewritten. */
    Statement.Definition current;

    HoistingRewrite(Program program, Diagnostics diagnostics) {
        this.program = program;
        this.diagnostics = diagnostics;
    }

    /** The right-hand side with its parts replaced (adding to {@link #hoisted}), or null when it has none. */
    abstract Expr rewrite(Expr rhs);

    /**
     * {@code rhs} with every bracket group for which {@code replace} gives an expression replaced by it (an outer
     * group replaced whole, its inner groups not visited), or null when it gives none: the rewrite of {@link
     * PatternRows} and {@link DottedLists}.
     */
    static Expr replacingGroups(Expr rhs, java.util.function.Function<Expr.Group, Expr> replace) {
        boolean[] found = {false};
        Expr rewritten = new ExprCopy() {
            @Override
            Expr group(Expr.Group g) {
                Expr replaced = replace.apply(g);
                if (replaced != null) {
                    found[0] = true;
                    return replaced;
                }
                return super.group(g);
            }
        }.expr(rhs);
        return found[0] ? rewritten : null;
    }

    final Program run() {
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            current = s instanceof Statement.Definition d0 ? d0 : null;
            Expr rhs = s instanceof Statement.Definition d ? rewrite(d.rhs()) : null;
            if (rhs != null) {
                Statement.Definition d = (Statement.Definition) s;
                changed = true;
                out.addAll(hoisted);
                hoisted.clear();
                out.add(new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rhs, d.comment()));
            } else {
                out.add(s);
            }
        }
        return changed ? new Program(program.source(), out) : program;
    }
}
