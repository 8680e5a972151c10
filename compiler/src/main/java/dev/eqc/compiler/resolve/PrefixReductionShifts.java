package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

/**
 * A running product or sum read one step back (docs/LANGUAGE.md, Indexes and ranges): DDPM's
 * {@code \bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s} read as {@code \bar{\alpha}_{t-1}} in
 * {@code \tilde{\beta}_t = \frac{1 - \bar{\alpha}_{t-1}}{1 - \bar{\alpha}_t}\beta_t}. The shifted read is the
 * definition with {@code t-1} as its upper limit, {@code \prod_{s=1}^{t-1} \alpha_s}, so at the first step it is
 * the empty product, 1 (an empty sum, 0), as the paper's {@code \bar{\alpha}_0 = 1} and the reference code's
 * {@code alphas_cumprod_prev} say (W0290). Without this the {@code t-1} made {@code t} a time step, so
 * {@code \beta_t} was an undeclared number. Only a definition whose right-hand side is one such reduction with the
 * left-hand letter as its upper limit and nowhere else is read so; a value stated at the start ({@code \quad
 * \bar{\alpha}_0 = 1}, a line of its own or a condition) must be that empty value, or nothing changes; when it
 * is, the paper has said what the start is and no warning is given. Runs on the statements, before name
 * resolution.
 */
final class PrefixReductionShifts {
    private PrefixReductionShifts() {}

    /** A running reduction {@code name_letter = \prod_{…}^{letter} body}. */
    private record Running(Expr.Sym name, String letter, Expr.BigOp reduction, boolean product) {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Map<String, Double> starts = new HashMap<>();
        for (Statement s : program.statements()) {
            Statement.Definition d = definition(s);
            if (d != null && d.lhs() instanceof Expr.Sym at && at.sup() == null && at.sub() != null
                    && at.sub().items().size() == 1 && at.sub().items().get(0) instanceof Expr.Num) {
                starts.put(key(at), d.rhs() instanceof Expr.Num v ? v.value() : Double.NaN);
            }
            if (s instanceof Statement.Condition c) {
                for (Expr e : c.condition()) {
                    if (e instanceof Expr.Relation rel && rel.op() == RelOp.EQ && rel.left() instanceof Expr.Sym at
                            && at.sup() == null && at.sub() != null && at.sub().items().size() == 1
                            && at.sub().items().get(0) instanceof Expr.Num) {
                        starts.put(key(at), rel.right() instanceof Expr.Num v ? v.value() : Double.NaN);
                    }
                }
            }
        }
        Map<String, Running> running = new HashMap<>();
        Set<String> stated = new HashSet<>();
        for (Statement s : program.statements()) {
            Statement.Definition d = definition(s);
            Running r = d == null ? null : running(d);
            if (r == null) {
                continue;
            }
            Double start = starts.get(key(r.name()));
            if (start == null || start == (r.product() ? 1 : 0)) {
                running.put(key(r.name()), r);
                if (start != null) {
                    stated.add(key(r.name()));
                }
            }
        }
        if (running.isEmpty()) {
            return program;
        }
        List<Statement> out = new ArrayList<>();
        boolean changed = false;
        for (Statement s : program.statements()) {
            Statement.Definition d = definition(s);
            Running own = d == null ? null : running(d);
            Shift shift = new Shift(running, stated, own, program, diagnostics);
            Statement t = shift.statement(s);
            changed |= shift.changed;
            out.add(t);
        }
        return changed ? new Program(program.source(), out) : program;
    }

    private static Statement.Definition definition(Statement s) {
        if (s instanceof Statement.Definition d) {
            return d;
        }
        return s instanceof Statement.Condition c ? definition(c.of()) : null;
    }

    private static Running running(Statement.Definition d) {
        if (!(d.lhs() instanceof Expr.Sym name) || name.sup() != null) {
            return null;
        }
        List<String> letters = IndexLetters.of(name.sub());
        Expr rhs = d.rhs();
        while (rhs instanceof Expr.Group g && g.items().size() == 1) {
            rhs = g.items().get(0);
        }
        if (letters == null || letters.size() != 1 || !(rhs instanceof Expr.BigOp b)) {
            return null;
        }
        String letter = letters.get(0);
        Expr.Sym op = b.operator();
        boolean product = op.base().equals("\\prod");
        if (!product && !op.base().equals("\\sum") || op.sup() == null || !op.sup().key().equals(letter)
                || op.sub() == null || mentionsLetter(op.sub().items(), letter)
                || mentionsLetter(List.of(b.body()), letter)) {
            return null;
        }
        return new Running(name, letter, b, product);
    }

    /** The name's base with its primes: what a running value and its reads at other steps share. */
    private static String key(Expr.Sym s) {
        return NameKeys.base(s) + "'".repeat(s.primes());
    }

    private static boolean sameBase(Expr.Sym a, Expr.Sym b) {
        return NameKeys.base(a).equals(NameKeys.base(b)) && a.primes() == b.primes() && a.sup() == null;
    }

    private static boolean mentionsLetter(List<Expr> items, String letter) {
        boolean[] found = {false};
        ExprCopy walk = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                found[0] |= s.sub() == null && s.sup() == null && s.primes() == 0 && s.base().equals(letter);
                return super.sym(s);
            }
        };
        walk.exprs(items);
        return found[0];
    }

    /** Replaces each read one or more steps back of a running reduction by the reduction up to that step. */
    private static final class Shift extends ExprCopy {
        private final Map<String, Running> running;
        private final Set<String> stated;
        private final Running own;
        private final Program program;
        private final Diagnostics diagnostics;
        boolean changed;

        Shift(Map<String, Running> running, Set<String> stated, Running own, Program program,
                Diagnostics diagnostics) {
            this.running = running;
            this.stated = stated;
            this.own = own;
            this.program = program;
            this.diagnostics = diagnostics;
        }

        @Override
        Expr sym(Expr.Sym s) {
            Running r = s.sup() == null ? running.get(key(s)) : null;
            List<OffsetSubscript.Item> items = r == null || r == own ? null : OffsetSubscript.of(s.sub());
            if (items == null || items.size() != 1 || items.get(0).letters().size() != 1
                    || items.get(0).letters().values().iterator().next() != 1 || items.get(0).offset() >= 0) {
                return super.sym(s);
            }
            Expr.Sym op = r.reduction().operator();
            Expr.Sym shifted = new Expr.Sym(op.span(), op.kind(), op.base(), op.accent(), op.sub(), s.sub(), op.primes());
            changed = true;
            String spelled = program.source().slice(s.span()).strip();
            String item = program.source().slice(items.get(0).span()).strip();
            String start = (r.product() ? "1" : "0");
            if (stated.contains(key(r.name()))) {
                // \bar{\alpha}_0 = 1 written beside it: the paper says what the start is, nothing was chosen.
                return new Expr.Group(s.span(), dev.eqc.compiler.ast.Bracket.PAREN,
                        List.of(new Expr.BigOp(s.span(), shifted, r.reduction().body())));
            }
            Diagnostic.of(Code.W0290, program.source(), s.span(), "`" + spelled + "` reads the running "
                            + (r.product() ? "product" : "sum") + " `" + program.source().slice(r.name().span()).strip()
                            + "` " + (-items.get(0).offset()) + " step" + (items.get(0).offset() == -1 ? "" : "s")
                            + " back: read as its definition up to `" + item + "`, so before the first step it is the"
                            + " empty " + (r.product() ? "product, 1" : "sum, 0"))
                    .caret("`" + program.source().slice(op.span()).strip().replaceAll("\\^\\{?" + r.letter() + "\\}?$", "")
                            + "^{" + item + "}`; " + start + " at the start")
                    .help("state the start to confirm it, like `\\quad " + NameKeys.base(r.name()) + "_0 = " + start
                            + "`, or name another value for the first step")
                    .report(diagnostics);
            return new Expr.Group(s.span(), dev.eqc.compiler.ast.Bracket.PAREN,
                    List.of(new Expr.BigOp(s.span(), shifted, r.reduction().body())));
        }

        Statement statement(Statement s) {
            if (s instanceof Statement.Definition d) {
                Expr rhs = expr(d.rhs());
                return changed ? new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rhs, d.comment()) : s;
            }
            if (s instanceof Statement.Condition c) {
                Statement of = statement(c.of());
                return changed ? new Statement.Condition(c.span(), of, c.word(), c.condition()) : s;
            }
            if (s instanceof Statement.Bare b) {
                Expr e = expr(b.expr());
                return changed ? new Statement.Bare(b.span(), e, b.comment()) : s;
            }
            return s;
        }
    }
}
