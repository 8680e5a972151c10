package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name defined again from its own value, as algorithm boxes print a correction step: LAMB's
 * {@code m_t = \beta_1 m_{t-1} + (1 - \beta_1) g_t} then {@code m_t = m_t / (1 - \beta_1^t)}. The second
 * {@code =} is pseudo-code's assignment: it updates the value of the first. Read so, the first value is
 * renamed with a prime ({@code m_t'}), the lines from the first definition through the right-hand side of
 * the second read that, and the name ({@code m_t}, what {@code --function m_t} returns) is the updated value
 * (W0135). A second definition that does not read the name stays a duplicate (E0106), and so does one whose
 * first definition already reads the name (an input defined from itself with {@code =}), unless both are updates of
 * an input: Prince's {@code h_i \leftarrow \frac{h_i - m_h}{s_h + \epsilon}} then {@code h_i \leftarrow \gamma h_i +
 * \delta} are two steps; the first becomes the definition of {@code h_i'} from the input.
 * Runs on the statements, before name resolution.
 */
final class Redefinitions {
    private Redefinitions() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        List<Statement> out = new ArrayList<>(program.statements());
        Set<String> used = new HashSet<>();
        for (Statement s : out) {
            collectKeys(s, used);
        }
        Set<String> declared = new HashSet<>();
        for (Statement s : out) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
            }
        }
        Map<String, Integer> firstAt = new HashMap<>();
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Sym name)) {
                continue;
            }
            String key = NameKeys.full(name);
            Integer first = firstAt.get(key);
            if (first == null) {
                firstAt.put(key, k);
                continue;
            }
            Statement.Definition earlier = (Statement.Definition) out.get(first);
            Expr.Sym reader = mentions(d.rhs(), key) ? null : readerBetween(out, first, k, key, d.rhs());
            String through = reader == null ? null : program.source().slice(reader.span()).strip();
            // Prince's batch norm, h_i \leftarrow \frac{h_i - m_h}{s_h + \epsilon} then h_i \leftarrow \gamma h_i + \delta:
            // two updates of one input in a row are two steps, the second reading the first's value (was E0106).
            // Only of a declared input: m \leftarrow m + x twice with m undeclared stays E0106.
            boolean steps = earlier.update() && d.update() && mentions(earlier.rhs(), key)
                    && InputUpdates.inputName(name, declared) != null;
            if (!steps && ((through == null && !mentions(d.rhs(), key)) || mentions(earlier.rhs(), key))) {
                continue;
            }
            Expr.Sym renamed = name;
            do {
                renamed = new Expr.Sym(renamed.span(), renamed.kind(), renamed.base(), renamed.accent(), renamed.sub(),
                        renamed.sup(), renamed.primes() + 1);
            } while (used.contains(NameKeys.full(renamed)));
            used.add(NameKeys.full(renamed));
            Rename rename = new Rename(key, renamed);
            Expr.Sym firstName = (Expr.Sym) earlier.lhs();
            // The first step's value has a name of its own: a definition from the input, no longer its update.
            out.set(first, new Statement.Definition(earlier.span(), withPrimes(firstName, renamed.primes()),
                    earlier.opSpan(), steps ? RelOp.EQ : earlier.op(), earlier.rhs(), earlier.comment()));
            for (int j = first + 1; j < k; j++) {
                out.set(j, rename.statement(out.get(j)));
            }
            out.set(k, new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), rename.expr(d.rhs()), d.comment()));
            firstAt.put(key, k);
            String spelled = program.source().slice(name.span()).strip();
            Diagnostic.of(Code.W0135, program.source(), name.span(), "`" + spelled + "` is defined again from its own"
                            + " value" + (through == null ? "" : " (through `" + through + "`)")
                            + ": read as an update of the value defined on line "
                            + program.source().line(firstName.span().start())
                            + (steps ? ", the steps of an algorithm in order" : " (pseudo-code's `=` as `\\leftarrow`)"))
                    .caret("`" + spelled + "` is the updated value; the first one is `" + spelled
                            + "'".repeat(renamed.primes() - name.primes()) + "`")
                    .help("give the updated value a name of its own (papers add a hat: `\\hat{m}_t = m_t / …`) to state it")
                    .report(diagnostics);
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    private static Expr.Sym withPrimes(Expr.Sym s, int primes) {
        return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), s.sub(), s.sup(), primes);
    }

    /**
     * The name of a value defined between the two definitions of {@code key} (lines {@code first} and
     * {@code second}) that reads it, directly or through other such values, and that {@code rhs} reads; null if
     * none. Heun's step in Karras et al.'s Algorithm 1 defines {@code x_{i+1}} twice, the second time from
     * {@code d'_i}, which reads the first.
     */
    private static Expr.Sym readerBetween(List<Statement> out, int first, int second, String key, Expr rhs) {
        Set<String> readers = new HashSet<>(Set.of(key));
        Map<String, Expr.Sym> names = new HashMap<>();
        for (int j = first + 1; j < second; j++) {
            if (out.get(j) instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym s
                    && readers.stream().anyMatch(r -> mentions(d.rhs(), r))) {
                readers.add(NameKeys.full(s));
                names.put(NameKeys.full(s), s);
            }
        }
        for (Map.Entry<String, Expr.Sym> e : names.entrySet()) {
            if (mentions(rhs, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean mentions(Expr e, String key) {
        boolean[] found = {false};
        new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                found[0] |= NameKeys.full(s).equals(key);
                return super.sym(s);
            }
        }.expr(e);
        return found[0];
    }

    /** Adds the key of every name {@code s} writes (declarations included) to {@code keys}. */
    static void collectKeys(Statement s, Set<String> keys) {
        ExprCopy collect = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym sym) {
                keys.add(NameKeys.full(sym));
                return super.sym(sym);
            }
        };
        if (s instanceof Statement.Definition d) {
            collect.expr(d.lhs());
            collect.expr(d.rhs());
        } else if (s instanceof Statement.Declaration d) {
            d.names().forEach(collect::expr);
        } else if (s instanceof Statement.Bare b) {
            collect.expr(b.expr());
        }
    }

    /** Every use of one name, spelled as another. */
    private static final class Rename extends ExprCopy {
        private final String key;
        private final Expr.Sym to;

        Rename(String key, Expr.Sym to) {
            this.key = key;
            this.to = to;
        }

        @Override
        Expr sym(Expr.Sym s) {
            return NameKeys.full(s).equals(key) ? withPrimes(s, to.primes()) : super.sym(s);
        }
    }
}
