package dev.eqc.compiler.codegen;

import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An update rule: definitions of state from its previous value, as an optimiser step is written
 * ({@code m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t}, likewise {@code v_t} and
 * {@code \theta_t}). A definition {@code X_s} is a state when the file has an input {@code X_{s-1}}
 * of the same shape (any one-letter step index {@code s}). The generated class then has a method
 * {@value #METHOD} that computes every state's new value and writes it over the previous one, in
 * the caller's tensors: the API an optimiser loop needs (no new tensors per step).
 *
 * <p>The step takes the arguments of the last state definition ({@code \theta_t}), so every other
 * state and every input it reads must be among them: the state definitions must be values (not
 * functions), and each state's previous value and inputs must be inputs of the last. Otherwise the
 * file has no step method.
 *
 * @param last the last state definition in source order: the step's arguments are its arguments
 * @param states every state, in source order (the last included)
 */
public record UpdateRule(Definition last, List<State> states) {
    /** The generated method's name. */
    public static final String METHOD = "step";

    public UpdateRule {
        states = List.copyOf(states);
    }

    /** A state: its new value's definition and the input that holds its previous value. */
    public record State(Definition next, Input previous) {}

    /** The update rule of {@code typed}, if it has one (and no definition is already called {@value #METHOD}). */
    public static Optional<UpdateRule> of(TypedProgram typed) {
        List<State> states = new ArrayList<>();
        for (Definition d : typed.program().definitions()) {
            if (d.javaName().equals(METHOD)) {
                return Optional.empty();
            }
            if (d.function() || !d.params().isEmpty() || !d.indices().isEmpty()) {
                continue;
            }
            String[] parts = split(d.latexName());
            if (parts == null || !parts[1].matches("[A-Za-z]")) {
                continue;
            }
            for (Input in : typed.program().inputs()) {
                String[] p = split(in.latex());
                if (p != null && p[0].equals(parts[0]) && p[1].equals(parts[1] + "-1")
                        && typed.shapeOf(in).toString().equals(typed.resultShape(d).toString())) {
                    states.add(new State(d, in));
                    break;
                }
            }
        }
        if (states.isEmpty()) {
            return Optional.empty();
        }
        Definition last = states.get(states.size() - 1).next();
        for (State s : states) {
            if (!last.freeInputs().contains(s.previous()) || !last.freeInputs().containsAll(s.next().freeInputs())
                    || !typed.sizeParameters(last).containsAll(typed.sizeParameters(s.next()))) {
                return Optional.empty();
            }
        }
        return Optional.of(new UpdateRule(last, states));
    }

    /** The Java names of the tensors the step writes, in the order of {@link #states}. */
    public List<String> written() {
        return states.stream().map(s -> s.previous().javaName()).toList();
    }

    /** {@code name} as its base and its subscript ({@code \theta_{t-1}}: {@code \theta}, {@code t-1}), or null. */
    private static String[] split(String latex) {
        String s = latex.replace(" ", "");
        int us = s.lastIndexOf('_');
        if (us <= 0 || us == s.length() - 1) {
            return null;
        }
        String base = s.substring(0, us);
        String sub = s.substring(us + 1);
        if (sub.startsWith("{") && sub.endsWith("}")) {
            sub = sub.substring(1, sub.length() - 1);
        } else if (sub.length() != 1) {
            return null;
        }
        if (base.indexOf('_') >= 0 && base.lastIndexOf('}') < base.lastIndexOf('_')) {
            return null; // two subscripts
        }
        return new String[] {base, sub};
    }
}
