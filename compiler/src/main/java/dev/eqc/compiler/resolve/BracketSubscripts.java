package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An index in square brackets inside a subscript, Goldberg's (Neural Network Methods for NLP) way of naming an entry:
 * {@code \mathbf{y}_{[i]}} is the entry {@code i} of the declared {@code \mathbf{y}}, {@code \mathrm{softmax}(\mathbf{x})_{[i]}}
 * the entry {@code i} of the result. Only when the name without the subscript is declared, defined or a parameter of
 * the definition, the bracketed name itself is not declared, and every item is an index: a letter, a whole number, or a
 * letter plus or minus a whole number. W0498 says so, since other books (Boyd and Vandenberghe) write {@code x_{[i]}}
 * for the i-th largest entry.
 */
final class BracketSubscripts {
    private BracketSubscripts() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = ProgramNames.declared(program);
        Set<String> known = new HashSet<>(declared);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                Expr lhs = d.lhs();
                if (lhs instanceof Expr.Subscripted sub) {
                    lhs = sub.base();
                }
                if (lhs instanceof Expr.Apply a) {
                    if (a.callee() instanceof Expr.Sym f) {
                        known.add(NameKeys.full(f));
                    }
                    for (Expr arg : a.args()) {
                        if (arg instanceof Expr.Sym p) {
                            known.add(NameKeys.full(p));
                        }
                    }
                } else if (lhs instanceof Expr.Sym n && n.sub() == null) {
                    known.add(NameKeys.full(n));
                } else if (lhs instanceof Expr.Sym n && bracketed(n.sub()) != null) {
                    // s_{[i]} = …: the vector s defined entry by entry
                    known.add(NameKeys.full(n.withScripts(n.span(), null, null, n.primes())));
                }
            }
        }
        Set<String> warned = new HashSet<>();
        boolean[] changed = {false};
        ExprCopy copy = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                List<Expr> items = bracketed(s.sub());
                if (items != null) {
                    Expr.Sym plain = s.withScripts(s.span(), null, null, s.primes());
                    Expr.Sym whole = s.withScripts(s.span(), s.sub(), null, s.primes());
                    String key = NameKeys.full(plain);
                    if (known.contains(key) && !declared.contains(NameKeys.full(whole))) {
                        Script inner = inner(program, s.sub(), items);
                        warn(program, diagnostics, warned, s.sub(), program.source().slice(plain.span()).strip()
                                .replaceAll("_\\{\\s*\\[.*$", ""), items);
                        changed[0] = true;
                        return super.sym(s.withScripts(s.span(), inner, s.sup(), s.primes()));
                    }
                }
                return super.sym(s);
            }
        };
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                Expr lhs = d.lhs();
                if (lhs instanceof Expr.Subscripted sub && bracketed(sub.sub()) != null) {
                    List<Expr> items = bracketed(sub.sub());
                    warn(program, diagnostics, warned, sub.sub(), program.source().slice(sub.base().span()).strip(),
                            items);
                    lhs = new Expr.Subscripted(sub.span(), sub.base(), inner(program, sub.sub(), items));
                    changed[0] = true;
                }
                Statement.Definition nd = new Statement.Definition(d.span(), copy.expr(lhs), d.opSpan(), d.op(),
                        copy.expr(d.rhs()), d.comment());
                out.add(nd);
            } else {
                out.add(copy.statement(s));
            }
        }
        return changed[0] ? new Program(program.source(), out) : program;
    }

    private static Script inner(Program program, Script sub, List<Expr> items) {
        String key = String.join(",", items.stream()
                .map(e -> program.source().slice(e.span()).replaceAll("\\s+", "")).toList());
        return new Script(sub.span(), items, key);
    }

    private static void warn(Program program, Diagnostics diagnostics, Set<String> warned, Script sub, String name,
            List<Expr> items) {
        if (!warned.add(name)) {
            return;
        }
        String index = String.join(", ", items.stream().map(e -> program.source().slice(e.span()).strip()).toList());
        Diagnostic.of(Code.W0498, program.source(), sub.span(), "`" + name + "_{[" + index + "]}` is read as the entry `"
                        + index + "` of `" + name + "` (the square brackets of a subscript name an entry, as Goldberg"
                        + " prints it); some books (Boyd and Vandenberghe) write `x_{[i]}` for the i-th largest entry")
                .caret("the entry `" + index + "`")
                .help("write `" + name + "_{" + index + "}` to say the entry; for the sorted entries, sort first")
                .report(diagnostics);
    }

    /** The items of a subscript that is one square bracket of indices, {@code _{[i]}}, {@code _{[i, j]}}; else null. */
    static List<Expr> bracketed(Script sub) {
        if (sub == null || sub.items().size() != 1 || !(sub.items().get(0) instanceof Expr.Group g)
                || g.bracket() != Bracket.SQUARE || g.items().isEmpty()) {
            return null;
        }
        for (Expr e : g.items()) {
            if (!indexItem(e)) {
                return null;
            }
        }
        return g.items();
    }

    /** {@code i}, {@code 3}, {@code i+1}, {@code j-2}. */
    private static boolean indexItem(Expr e) {
        if (e instanceof Expr.Sym s) {
            return s.bare() && s.kind() == SymKind.LETTERS && s.base().length() == 1;
        }
        if (e instanceof Expr.Num n) {
            return n.text().matches("\\d+");
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
            return indexItem(b.left()) && b.left() instanceof Expr.Sym && b.right() instanceof Expr.Num n
                    && n.text().matches("\\d+");
        }
        return false;
    }
}
