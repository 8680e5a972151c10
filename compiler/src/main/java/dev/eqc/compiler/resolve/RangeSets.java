package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A set written as the range of a size, {@code \mathcal{S} = \{1, \dots, S\}} (FedAdam's sampled clients, 3D
 * Gaussian splatting's {@code \mathcal{N}}), read where the file reduces over it: {@code \sum_{i \in \mathcal{S}}}
 * runs over 1 … S as {@code \sum_{i \in [S]}} does, and {@code |\mathcal{S}|} is S (W0505). Only when the size is a
 * declared dimension and every read of the set is one of those two; otherwise the definition stays as it was (E0103).
 * Was E0103 ("a list of values is not an expression here").
 */
final class RangeSets {
    private RangeSets() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> sizes = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                for (Expr dim : d.domain().dims()) {
                    if (dim instanceof Expr.Sym n && n.bare()) {
                        sizes.add(NameKeys.full(n));
                    }
                }
            }
        }
        Program p = program;
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Definition d) || d.update() || !(d.lhs() instanceof Expr.Sym set)
                    || set.sub() != null || set.sup() != null || !(d.rhs() instanceof Expr.Group g)
                    || g.bracket() != Bracket.SET || g.items().size() != 3
                    || !(g.items().get(0) instanceof Expr.Num one) || !"1".equals(one.text())
                    || !ArithmeticLists.isDots(g.items().get(1)) || !(g.items().get(2) instanceof Expr.Sym size)
                    || !size.bare() || !sizes.contains(NameKeys.full(size))) {
                continue;
            }
            String key = NameKeys.full(set);
            Replace replace = new Replace(key, size);
            List<Statement> out = new ArrayList<>();
            for (Statement t : p.statements()) {
                if (!t.span().equals(s.span())) {
                    out.add(replace.statement(t));
                }
            }
            if (replace.reads == 0 || mentions(out, key)) {
                continue;
            }
            String spelled = program.source().slice(set.span()).strip();
            String bound = program.source().slice(size.span()).strip();
            Diagnostic.of(Code.W0505, program.source(), d.span(), "`" + program.source().slice(d.span()).strip()
                            + "` is read as the index range 1 … " + bound + ": a reduction over `i \\in " + spelled
                            + "` runs over it, `|" + spelled + "|` is " + bound)
                    .caret("the positions 1 … " + bound)
                    .help("write `\\sum_{i=1}^{" + bound + "}` to say so")
                    .report(diagnostics);
            p = new Program(p.source(), out);
        }
        return p;
    }

    private static boolean mentions(List<Statement> statements, String key) {
        boolean[] found = {false};
        ExprCopy check = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                if (NameKeys.full(s).equals(key)) {
                    found[0] = true;
                }
                return super.sym(s);
            }
        };
        statements.forEach(check::statement);
        return found[0];
    }

    /** Rewrites {@code i \in \mathcal{S}} under an operator to {@code i \in [S]}, and {@code |\mathcal{S}|} to S. */
    private static final class Replace extends ExprCopy {
        private final String key;
        private final Expr.Sym size;
        int reads;

        Replace(String key, Expr.Sym size) {
            this.key = key;
            this.size = size;
        }

        @Override
        Expr bigOp(Expr.BigOp b) {
            Expr.Sym op = b.operator();
            if (op.sub() != null && op.sub().isSingle() && op.sub().single() instanceof Expr.Relation in
                    && in.op() == RelOp.IN && in.right() instanceof Expr.Sym s && NameKeys.full(s).equals(key)) {
                reads++;
                Expr range = new Expr.Group(s.span(), Bracket.SQUARE, List.of(sizeAt(s)));
                Script sub = new Script(op.sub().span(), List.of(new Expr.Relation(in.span(), in.opSpan(), in.op(),
                        in.left(), range)), op.sub().key());
                Expr.Sym operator = new Expr.Sym(op.span(), op.kind(), op.base(), op.accent(), sub, script(op.sup()),
                        op.primes());
                return new Expr.BigOp(b.span(), operator, expr(b.body()));
            }
            return super.bigOp(b);
        }

        @Override
        Expr abs(Expr.Abs a) {
            if (a.operand() instanceof Expr.Sym s && NameKeys.full(s).equals(key)) {
                reads++;
                return sizeAt(new Expr.Sym(a.span(), s.kind(), s.base(), s.accent(), null, null, 0));
            }
            return super.abs(a);
        }

        private Expr.Sym sizeAt(Expr.Sym at) {
            return new Expr.Sym(at.span(), size.kind(), size.base(), size.accent(), null, null, 0);
        }
    }
}
