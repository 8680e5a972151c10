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
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Equations written for one token or step, as DeepSeekMoE prints its router: {@code \mathbf{u}_t^l \in
 * \mathbb{R}^{d}} declared (the hidden state of the t-th token), then {@code s_{i,t} = \operatorname{Softmax}_i(
 * {\mathbf{u}_t^l}^{T} \mathbf{e}_i^l)} and {@code g_{i,t}}. The letter {@code t} has no range anywhere (no sum, no
 * written range, no declared tensor it indexes) and is part of a declared name, so it is a label: the equations are
 * about that one t. In a subscript of several letters it is dropped, {@code s_{i,t}} read as {@code s_i} (W0420);
 * before, t became an index of a size no input gives (W0196), and the run asked for {@code --dim n_t}. Runs on the
 * statements, before name resolution; a letter used any other way is left alone.
 */
final class OneStepLetters {
    private OneStepLetters() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = new HashSet<>();
        Set<String> familyLetters = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> declared.add(NameKeys.full(n)));
                if (d.family() != null) {
                    familyLetters.add(d.family().index().base());
                }
            }
        }
        if (declared.isEmpty()) {
            return program;
        }
        List<Expr> roots = new ArrayList<>();
        for (Statement s : program.statements()) {
            roots.addAll(expressions(s));
        }
        // every item of a name's subscript, by identity: a letter met anywhere else is used otherwise
        Set<Expr> subscriptItems = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Expr root : roots) {
            SubscriptForms.walk(root, e -> {
                if (e instanceof Expr.Sym s && s.sub() != null) {
                    subscriptItems.addAll(s.sub().items());
                }
            });
        }
        Map<String, Expr.Sym> anchors = new LinkedHashMap<>();
        Set<String> strippable = new HashSet<>();
        Set<String> ruledOut = new HashSet<>(familyLetters);
        for (Expr root : roots) {
            SubscriptForms.walk(root, e -> {
                if (!(e instanceof Expr.Sym s)) {
                    return;
                }
                if (s.kind() == SymKind.LETTERS && s.bare() && s.base().length() == 1 && !subscriptItems.contains(s)) {
                    ruledOut.add(s.base());   // a value, a sum's index, a range: no label
                    return;
                }
                if (s.sub() == null) {
                    return;
                }
                List<String> letters = plainLetters(s.sub());
                String key = NameKeys.full(s);
                String baseKey = NameKeys.full(s.withScripts(s.span(), null, null, s.primes()));
                if (letters == null) {
                    return;
                }
                for (String letter : letters) {
                    if (declared.contains(key)) {
                        if (letters.size() == 1) {
                            anchors.putIfAbsent(letter, s);
                        } else {
                            ruledOut.add(letter);   // W_{i,t} declared: t names one of its axes' entries
                        }
                    } else if (declared.contains(baseKey) || letters.size() > 1 && s.sup() != null
                            && declared.contains(NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes())))) {
                        ruledOut.add(letter);       // x_t of a declared x: t indexes it
                    } else if (letters.size() > 1 && Character.isLowerCase(letter.charAt(0))
                            && !declared.contains(NameKeys.full(s.withScripts(s.span(), new Script(s.sub().span(),
                                    List.of(new Expr.Sym(s.sub().span(), SymKind.LETTERS, letter, null, null, null, 0)),
                                    letter), s.sup(), s.primes())))) {
                        // s_{i,t}; not Shazeer's W_{Q,h} beside a declared W_Q, where Q names the query weights
                        strippable.add(letter);
                    } else if (letters.size() > 1) {
                        ruledOut.add(letter);
                    }
                }
            });
        }
        Set<String> labels = new HashSet<>(strippable);
        labels.retainAll(anchors.keySet());
        labels.removeAll(ruledOut);
        labels.removeIf(l -> declared.contains(l));
        if (labels.isEmpty()) {
            return program;
        }
        Set<String> warned = new HashSet<>();
        ExprCopy strip = new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                List<String> letters = s.sub() == null ? null : plainLetters(s.sub());
                if (letters == null || letters.size() < 2 || letters.stream().noneMatch(labels::contains)
                        || declared.contains(NameKeys.full(s))) {
                    return super.sym(s);
                }
                List<Expr> kept = new ArrayList<>();
                List<String> keptLetters = new ArrayList<>();
                String dropped = null;
                for (int k = 0; k < letters.size(); k++) {
                    if (labels.contains(letters.get(k)) && dropped == null) {
                        dropped = letters.get(k);
                    } else {
                        kept.add(s.sub().items().get(k));
                        keptLetters.add(letters.get(k));
                    }
                }
                Expr.Sym anchor = anchors.get(dropped);
                if (warned.add(dropped)) {
                    String written = program.source().slice(s.span()).strip();
                    String name = program.source().slice(anchor.span()).strip();
                    Diagnostic.of(Code.W0420, program.source(), s.sub().span(), "`" + dropped + "` has no range and is part of"
                                    + " the declared `" + name + "`: the equations are written for one `" + dropped + "`, so `"
                                    + written + "` is read with `" + String.join(", ", keptLetters) + "` alone (and so is"
                                    + " every subscript with `" + dropped + "` beside other letters)")
                            .caret("`" + dropped + "` is a label here")
                            .help("to compute every `" + dropped + "`, declare the values of all of them (a matrix with an"
                                    + " axis for `" + dropped + "`) and read rows of it")
                            .report(diagnostics);
                }
                Script sub = new Script(s.sub().span(), kept, String.join(",", keptLetters));
                return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), sub, script(s.sup()), s.primes());
            }
        };
        List<Statement> out = new ArrayList<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                out.add(new Statement.Definition(d.span(), strip.expr(d.lhs()), d.opSpan(), d.op(), strip.expr(d.rhs()),
                        d.comment()));
            } else if (s instanceof Statement.Continuation c) {
                out.add(new Statement.Continuation(c.span(), c.opSpan(), c.op(), strip.expr(c.rhs())));
            } else if (s instanceof Statement.Bare b) {
                out.add(new Statement.Bare(b.span(), strip.expr(b.expr()), b.comment()));
            } else {
                out.add(s);
            }
        }
        return new Program(program.source(), out);
    }

    /** The letters of a subscript of bare single letters ({@code {i,t}}, {@code t}), else null. */
    private static List<String> plainLetters(Script sub) {
        List<String> out = new ArrayList<>();
        for (Expr item : sub.items()) {
            if (!(item instanceof Expr.Sym l) || !l.bare() || l.kind() != SymKind.LETTERS || l.base().length() != 1) {
                return null;
            }
            out.add(l.base());
        }
        return out;
    }

    /** The expressions a statement holds, every one of them, for the scan. */
    private static List<Expr> expressions(Statement s) {
        if (s instanceof Statement.Definition d) {
            return List.of(d.lhs(), d.rhs());
        }
        if (s instanceof Statement.Continuation c) {
            return List.of(c.rhs());
        }
        if (s instanceof Statement.Bare b) {
            return List.of(b.expr());
        }
        if (s instanceof Statement.Declaration d) {
            List<Expr> out = new ArrayList<>(d.names());
            out.addAll(d.applied());
            return out;
        }
        if (s instanceof Statement.Condition c) {
            return c.condition();
        }
        if (s instanceof Statement.ShapeAssertion a) {
            return expressions(a.of());
        }
        return List.of();
    }
}
