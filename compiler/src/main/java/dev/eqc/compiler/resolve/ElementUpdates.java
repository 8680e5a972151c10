package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
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
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The update of one entry of a declared table, as tabular reinforcement learning prints it: Sutton &amp; Barto's
 * Q-learning {@code Q(S_t, A_t) \leftarrow Q(S_t, A_t) + \alpha[R_{t+1} + \gamma \max_a Q(S_{t+1}, a) - Q(S_t,
 * A_t)]} with {@code Q \in \mathbb{R}^{n_s \times n_a}} and {@code S_t, A_t \in \mathbb{N}} declared. The left-hand
 * side applies the table to declared whole numbers, one per axis: it names the entry at those positions, not a
 * function. The statement becomes the update of the whole table, element by element over fresh index letters: the
 * right-hand side where every position matches, the old entry elsewhere, and every application of the table on the
 * right an element of its old value ({@code Q_{S_{t+1}, a}}). W0320 says so. Runs on the statements, before
 * {@link InputUpdates}.
 */
final class ElementUpdates {
    private ElementUpdates() {}

    private static final List<String> LETTERS = List.of("i", "j", "k", "l", "m", "p", "q", "u", "v", "w", "x", "y");

    static Program expand(Program program, Diagnostics diagnostics) {
        Map<String, Domain> declared = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.put(NameKeys.full(n), d.domain()));
            }
        }
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !d.update()
                    || !(d.lhs() instanceof Expr.Apply a) || !(a.callee() instanceof Expr.Sym table)
                    || table.sub() != null || !entryOfTable(table, a.args(), declared)) {
                continue;
            }
            List<Expr> letters = freshLetters(program, a.args());
            if (letters == null) {
                continue;
            }
            String key = NameKeys.full(table);
            Expr.Sym lhs = element(table, letters, a.span(), program);
            Expr entry = new EntryReads(key, a.args().size(), program).expr(d.rhs());
            Expr condition = null;
            for (int i = 0; i < letters.size(); i++) {
                Expr same = new Expr.Relation(a.span(), a.span(), RelOp.EQ, letters.get(i), a.args().get(i));
                condition = condition == null ? same
                        : new Expr.Binary(a.span(), a.span(), BinaryOp.HADAMARD, condition, same);
            }
            Expr.Sym old = element(table, letters, a.span(), program);
            Expr rhs = new Expr.Cases(d.rhs().span(), List.of(new Expr.Case(d.rhs().span(), entry, condition),
                    new Expr.Case(a.span(), old, null)));
            Statement.Definition update = new Statement.Definition(d.span(), lhs, d.opSpan(), RelOp.ASSIGN, rhs,
                    d.comment());
            out.set(k, update);
            // each letter runs over its axis from 0, as the positions do (no W0140 for letters the paper never wrote)
            List<Expr> dims = declared.get(key).dims();
            for (int i = 0; i < letters.size(); i++) {
                Span at = letters.get(i).span();
                Expr zero = new Expr.Num(at, "0");
                Expr last = new Expr.Binary(at, at, BinaryOp.SUB, dims.get(i), new Expr.Num(at, "1"));
                out.add(k + 1 + i, new Statement.Condition(at, update, "for", List.of(
                        new Expr.Relation(at, at, RelOp.EQ, letters.get(i), zero),
                        new Expr.Sym(at, SymKind.COMMAND, "\\dots", null, null, null, 0), last)));
            }
            String spelled = program.source().slice(a.span()).strip();
            Diagnostic.of(Code.W0320, program.source(), a.span(), "`" + spelled + "` applies the declared table `"
                            + program.source().slice(table.span()).strip() + "` to whole numbers, one per axis: read as"
                            + " the update of that one entry; the result is the whole table with the entry replaced")
                    .caret("the entry at these positions, counted from 0")
                    .help("to say so, write the table's element on the left with a `cases` right-hand side, or name"
                            + " the new entry (`q = …`)")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** Whether {@code table} is a declared real tensor with one axis per argument, each a declared whole number. */
    private static boolean entryOfTable(Expr.Sym table, List<Expr> args, Map<String, Domain> declared) {
        Domain domain = declared.get(NameKeys.full(table));
        if (domain == null || domain.field() != Domain.Field.REAL || domain.dims().size() != args.size()) {
            return false;
        }
        for (Expr arg : args) {
            Domain position = arg instanceof Expr.Sym s ? declared.get(NameKeys.full(s)) : null;
            if (position == null || !position.dims().isEmpty()
                    || position.field() != Domain.Field.NATURAL && position.field() != Domain.Field.INTEGER) {
                return false;
            }
        }
        return true;
    }

    /** {@code table} subscripted with {@code items}, as {@code Q_{S_{t+1}, a}} would parse. */
    private static Expr.Sym element(Expr.Sym table, List<Expr> items, Span at, Program program) {
        List<String> keys = new ArrayList<>();
        for (Expr item : items) {
            keys.add(program.source().slice(item.span()).replaceAll("[\\s{}]", ""));
        }
        // the subscript's span starts where `_` would end, after the table's name (StepSubscript slices the base)
        Script sub = new Script(new Span(Math.min(table.span().end() + 1, at.end()), at.end()), items,
                String.join(",", keys));
        return new Expr.Sym(at, table.kind(), table.base(), table.accent(), sub, table.sup(), table.primes());
    }

    /** A single letter the file uses nowhere per argument, spanning it; null if there are not enough. */
    private static List<Expr> freshLetters(Program program, List<Expr> args) {
        int n = args.size();
        Set<String> used = new HashSet<>();
        ExprCopy names = ExprCopy.recordingBases(used);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                names.expr(d.lhs());
                names.expr(d.rhs());
            } else if (s instanceof Statement.Declaration d) {
                d.names().forEach(names::expr);
                d.domain().dims().forEach(names::expr);
            }
        }
        List<Expr> letters = new ArrayList<>();
        for (String letter : LETTERS) {
            if (letters.size() < n && !used.contains(letter)) {
                letters.add(new Expr.Sym(args.get(letters.size()).span(), SymKind.LETTERS, letter, null, null, null, 0));
            }
        }
        return letters.size() == n ? letters : null;
    }

    /** Rewrites each application of the table to as many arguments as it has axes into its element. */
    private static final class EntryReads extends ExprCopy {
        private final String key;
        private final int rank;
        private final Program program;

        EntryReads(String key, int rank, Program program) {
            this.key = key;
            this.rank = rank;
            this.program = program;
        }

        @Override
        Expr apply(Expr.Apply a) {
            if (a.callee() instanceof Expr.Sym s && NameKeys.full(s).equals(key) && a.args().size() == rank) {
                return element(s, exprs(a.args()), a.span(), program);
            }
            return super.apply(a);
        }
    }
}
