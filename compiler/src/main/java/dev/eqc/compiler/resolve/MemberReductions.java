package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reduction over the members of a declared tensor, a point set given as rows: the Chamfer distance's
 * {@code \sum_{x \in S_1} \min_{y \in S_2} \|x - y\|_2^2} with {@code S_1 \in \mathbb{R}^{n \times 3}}, a Hausdorff
 * distance's {@code \sup_{x \in X} \inf_{y \in Y} d(x, y)}. The member {@code x} runs over the rows of {@code S_1}
 * (the entries of a vector): the reduction is written over a letter of its own, {@code \sum_{p} …}, and {@code x}
 * in its body is the row {@code (S_1)_p} (W0102 says so). Runs on the statements, before name resolution; a set
 * family ({@code j \in \mathcal{N}_i}) or a name no declaration gives a shape is left alone.
 */
final class MemberReductions {
    private static final List<String> LETTERS = List.of("p", "q", "r", "s", "t", "u", "w", "a", "b", "c");

    private MemberReductions() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        SourceFile source = program.source();
        Map<String, Integer> ranks = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain() != null
                    && d.domain().field() == Domain.Field.REAL && !d.domain().dims().isEmpty()) {
                d.names().forEach(n -> ranks.put(NameKeys.full(n), d.domain().dims().size()));
            }
        }
        if (ranks.isEmpty()) {
            return program;
        }
        boolean[] changed = {false};
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Definition d)) {
                out.add(s);
                continue;
            }
            String text = source.slice(d.span());
            Set<String> taken = new HashSet<>();
            Map<String, Expr> rows = new HashMap<>();
            ExprCopy rewrite = new ExprCopy() {
                @Override
                Expr sym(Expr.Sym s) {
                    Expr row = s.bare() ? rows.get(NameKeys.full(s)) : null;
                    return row != null ? row : super.sym(s);
                }

                @Override
                Expr bigOp(Expr.BigOp b) {
                    Expr.Sym op = b.operator();
                    if (op.sub() == null || !op.sub().isSingle() || op.sup() != null
                            || !(op.sub().single() instanceof Expr.Relation r) || r.op() != RelOp.IN
                            || !(r.left() instanceof Expr.Sym member) || !member.bare()
                            || ranks.containsKey(NameKeys.full(member))
                            || !(r.right() instanceof Expr.Sym set) || set.kind() == SymKind.CAL && set.sub() != null
                            || set.sup() != null || !ranks.containsKey(NameKeys.full(set))) {
                        return super.bigOp(b);
                    }
                    String letter = LETTERS.stream().filter(l -> !taken.contains(l)
                            && !Pattern.compile("(?<![\\\\A-Za-z])" + l + "(?![A-Za-z])").matcher(text).find())
                            .findFirst().orElse(null);
                    if (letter == null) {
                        return super.bigOp(b);
                    }
                    taken.add(letter);
                    changed[0] = true;
                    String name = source.slice(set.span()).trim();
                    boolean vector = ranks.get(NameKeys.full(set)) == 1;
                    Diagnostic.of(Code.W0102, source, r.span(), "`" + source.slice(r.span()).trim() + "`: `"
                                    + member.base() + "` runs over the " + (vector ? "entries" : "rows") + " of `" + name
                                    + "`, read as `" + op.base() + "_{" + letter + "}` with `" + member.base()
                                    + "` the " + (vector ? "entry" : "row") + " `" + (set.sub() == null ? name : "(" + name + ")") + "_"
                                    + letter + "`")
                            .caret("each " + (vector ? "entry" : "row") + " of " + name)
                            .help("write the index to say so: `" + op.base() + "_{" + letter + "}` and `"
                                    + (set.sub() == null ? name : "(" + name + ")") + "_" + letter + "` for `"
                                    + member.base() + "`")
                            .report(diagnostics);
                    Expr.Sym index = new Expr.Sym(member.span(), SymKind.LETTERS, letter, null, null, null, 0);
                    Expr row = new Expr.Subscripted(member.span(), set, new Script(member.span(), List.of(index),
                            letter));
                    String key = NameKeys.full(member);
                    Expr before = rows.put(key, row);
                    Expr body = expr(b.body());
                    if (before == null) {
                        rows.remove(key);
                    } else {
                        rows.put(key, before);
                    }
                    Expr.Sym indexed = op.withScripts(op.span(), new Script(op.sub().span(), List.of(index), letter),
                            null, op.primes());
                    return new Expr.BigOp(b.span(), indexed, body);
                }
            };
            out.add(new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rewrite.expr(d.rhs()), d.comment()));
        }
        return changed[0] ? new Program(source, out) : program;
    }
}
