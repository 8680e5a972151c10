package dev.eqc.compiler.resolve;

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
 * DP-SGD (Abadi et al., Algorithm 1): {@code \bar{\mathbf{g}}_t(x_i) \leftarrow \mathbf{g}_t(x_i) / \max(1,
 * \frac{\|\mathbf{g}_t(x_i)\|_2}{C})} with the per-example gradients {@code \mathbf{g}_t(x) \in \mathbb{R}^{L \times p}}
 * declared. A function whose one parameter is a sample {@code x_i} (its letter indexing nothing the file gives) and
 * whose body reads declared values at that same sample is defined per sample: element by element over {@code i},
 * {@code \bar{\mathbf{g}}_{t,i}}, each read of {@code \mathbf{g}_t(x_i)} the row {@code i} (W0392). It was a function
 * of {@code x_i} whose body read an unknown function at it (E0192). Only when nothing else in the file applies the
 * function, neither {@code x_i} nor its letter is declared, and the function's name is not declared. Runs on the
 * statements, before {@link IndexCountNames}.
 */
final class SampleArguments {
    private SampleArguments() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = new HashSet<>();
        Set<String> declaredArguments = new HashSet<>();
        Set<String> declaredFunctions = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
                for (Expr.Apply a : d.applied()) {
                    if (a.args().size() == 1 && a.args().get(0) instanceof Expr.Sym x && a.callee() instanceof Expr.Sym f) {
                        declaredArguments.add(NameKeys.full(x));
                        declaredFunctions.add(NameKeys.full(f) + "(" + NameKeys.full(x) + ")");
                        declared.add(NameKeys.full(f));
                    }
                }
            }
        }
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d) || !(d.lhs() instanceof Expr.Apply a)
                    || !(a.callee() instanceof Expr.Sym f) || f.sup() != null || a.args().size() != 1
                    || !(a.args().get(0) instanceof Expr.Sym xi) || xi.sup() != null || xi.sub() == null
                    || !xi.sub().isSingle() || !(xi.sub().single() instanceof Expr.Sym letter) || !letter.bare()
                    || letter.kind() != SymKind.LETTERS || letter.base().length() != 1) {
                continue;
            }
            String sample = NameKeys.full(xi);
            String plain = NameKeys.full(xi.withScripts(xi.span(), null, null, xi.primes()));
            String function = NameKeys.full(f);
            if (!declaredArguments.contains(plain) || declared.contains(sample) || declared.contains(letter.base())
                    || declared.contains(function) || !readsDeclaredAt(d.rhs(), sample, plain, declaredFunctions)
                    || appliedElsewhere(out, k, function)) {
                continue;
            }
            List<Expr> items = new ArrayList<>();
            String key = letter.base();
            if (f.sub() != null) {
                items.addAll(f.sub().items());
                key = f.sub().key() + "," + key;
            }
            items.add(letter);
            Expr.Sym element = f.withScripts(f.span(), new Script(f.sub() != null ? f.sub().span() : xi.sub().span(),
                    items, key), null, f.primes());
            String written = program.source().slice(a.span()).strip();
            Diagnostic.of(Code.W0392, program.source(), a.span(), "`" + written + "` is a function of the sample `"
                            + program.source().slice(xi.span()).strip() + "` whose body reads declared values at it: read"
                            + " as defined per sample, element by element over `" + key.substring(key.lastIndexOf(',') + 1)
                            + "`")
                    .caret("one value per sample")
                    .help("to say so, write the index on the name: `" + program.source().slice(f.span()).strip()
                            .replaceAll("_\\{?([^{}]*)\\}?$", "") + "_{" + key + "}`")
                    .report(diagnostics);
            out.set(k, new Statement.Definition(d.span(), element, d.opSpan(), d.op(), d.rhs(), d.comment()));
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /** Whether {@code rhs} applies a declared function of {@code plain} to {@code sample}. */
    private static boolean readsDeclaredAt(Expr rhs, String sample, String plain, Set<String> declaredFunctions) {
        boolean[] found = {false};
        SubscriptForms.walk(rhs, e -> {
            if (e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && a.args().size() == 1
                    && a.args().get(0) instanceof Expr.Sym x && NameKeys.full(x).equals(sample)
                    && declaredFunctions.contains(NameKeys.full(f) + "(" + plain + ")")) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static boolean appliedElsewhere(List<Statement> statements, int at, String function) {
        boolean[] found = {false};
        for (int k = 0; k < statements.size(); k++) {
            Statement s = statements.get(k);
            List<Expr> exprs = s instanceof Statement.Definition d ? (k == at ? List.of(d.rhs()) : List.of(d.lhs(), d.rhs()))
                    : s instanceof Statement.Bare b ? List.of(b.expr()) : List.of();
            for (Expr e : exprs) {
                SubscriptForms.walk(e, n -> {
                    if (n instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && NameKeys.full(f).equals(function)) {
                        found[0] = true;
                    }
                });
            }
        }
        return found[0];
    }
}
