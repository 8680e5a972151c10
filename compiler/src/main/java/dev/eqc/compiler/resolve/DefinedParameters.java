package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parameter of a conditional nothing calls that names a value the file defined before it: Eisenstein's {@code
 * \boldsymbol{z} = \sigma(\boldsymbol{\Theta}^{(x \to z)} \boldsymbol{x})} then {@code p(y \mid \boldsymbol{z};
 * \boldsymbol{\Theta}^{(z \to y)}, \boldsymbol{b}) = \text{SoftMax}(\boldsymbol{\Theta}^{(z \to y)} \boldsymbol{z} +
 * \boldsymbol{b})}: the conditional names what the value depends on, and {@code \boldsymbol{z}} is the value defined
 * above, not an input of its own (W0500). Was a parameter that asked for {@code \boldsymbol{z}} as an input. Only a
 * function written with a conditional bar: {@code f(z)} with {@code z} defined keeps its reading (W0103).
 */
final class DefinedParameters {
    private DefinedParameters() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> declared = ProgramNames.declared(program);
        Map<String, List<Expr.Apply>> calls = ProgramNames.applications(program);
        Map<String, Integer> definedAt = new HashMap<>();
        List<Statement> out = new ArrayList<>(program.statements());
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            if (!(out.get(k) instanceof Statement.Definition d)) {
                continue;
            }
            if (d.lhs() instanceof Expr.Sym n) {
                definedAt.putIfAbsent(NameKeys.full(n), k);
                continue;
            }
            if (!(d.lhs() instanceof Expr.Apply written) || !(written.callee() instanceof Expr.Sym f)
                    || calls.containsKey(NameKeys.full(f))) {
                continue;
            }
            Expr.Apply a = written.withConditionsAsArguments();
            int semicolon = a == written ? semicolon(program, written) : -1;
            if (a == written && semicolon < 0) {
                // only a conditional (or a semicolon) names what the value depends on; f(z) with z defined keeps
                // W0103's reading
                continue;
            }
            List<Expr> kept = new ArrayList<>();
            for (Expr arg : a.args()) {
                if (semicolon >= 0 && arg instanceof Expr.Sym p && arg.span().start() > semicolon
                        && definedAt.containsKey(NameKeys.full(p)) && !declared.contains(NameKeys.full(p))
                        && !NameKeys.full(p).equals(NameKeys.full(f))) {
                    Statement.Definition first = (Statement.Definition) out.get(definedAt.get(NameKeys.full(p)));
                    String spelled = program.source().slice(p.span()).strip();
                    Diagnostic.of(Code.W0506, program.source(), p.span(), "parameter `" + spelled + "` of `"
                                    + program.source().slice(f.span()).strip() + "`, after the semicolon, names the"
                                    + " value defined on line " + program.source().line(first.span().start())
                                    + ", and nothing in the file calls `" + program.source().slice(f.span()).strip()
                                    + "`: it is read as that value")
                            .caret("the value defined above")
                            .help("give the parameter another name to make it an input of its own")
                            .report(diagnostics);
                    continue;
                }
                if (semicolon < 0 && arg instanceof Expr.Sym p && definedAt.containsKey(NameKeys.full(p))
                        && !declared.contains(NameKeys.full(p)) && !NameKeys.full(p).equals(NameKeys.full(f))) {
                    Statement.Definition first = (Statement.Definition) out.get(definedAt.get(NameKeys.full(p)));
                    String spelled = program.source().slice(p.span()).strip();
                    Diagnostic.of(Code.W0500, program.source(), p.span(), "parameter `" + spelled + "` of `"
                                    + program.source().slice(f.span()).strip() + "` names the value defined on line "
                                    + program.source().line(first.span().start()) + ", and nothing in the file calls `"
                                    + program.source().slice(f.span()).strip() + "`: it is read as that value")
                            .caret("the value defined above")
                            .help("give the parameter another name to make it an input of its own")
                            .report(diagnostics);
                    continue;
                }
                kept.add(arg);
            }
            if (kept.size() == a.args().size()) {
                continue;
            }
            Expr lhs = kept.isEmpty() ? f : new Expr.Apply(a.span(), f, kept, a.argsSpan());
            out.set(k, new Statement.Definition(d.span(), lhs, d.opSpan(), d.op(), d.rhs(), d.comment()));
            changed = true;
        }
        return changed ? new Program(program.source(), out) : program;
    }

    /**
     * The offset of a semicolon between the arguments of {@code f(x; a, b)} outside any bracket (Kull et al.'s beta
     * calibration map {@code \mu_{beta}(s; a, b, c)}: the parameters after it), or -1.
     */
    private static int semicolon(Program program, Expr.Apply written) {
        if (written.args().size() < 2) {
            return -1;
        }
        int from = written.args().get(0).span().end();
        int to = written.args().get(written.args().size() - 1).span().start();
        if (to <= from) {
            return -1;
        }
        String between = program.source().slice(new dev.eqc.compiler.source.Span(from, to));
        int depth = 0;
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ';' && depth == 0) {
                return from + i;
            }
        }
        return -1;
    }
}
