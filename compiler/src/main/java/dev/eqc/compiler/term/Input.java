package dev.eqc.compiler.term;

import dev.eqc.compiler.source.Span;
import java.util.List;

/**
 * An input of the file: declared ({@code Q \in \mathbb{R}^{n \times d_k}}) or, when
 * {@code declared} is false, inferred from an undeclared name (its dims are then decided by
 * shape inference). {@code key} is the LaTeX spelling that identifies it.
 */
public record Input(String key, String latex, String javaName, Span span, List<Dim> dims, boolean integer,
        boolean declared, int order, Labels labels, Applied applied) {
    public Input {
        dims = dims == null ? null : List.copyOf(dims);
    }

    public Input(String key, String latex, String javaName, Span span, List<Dim> dims, boolean integer,
            boolean declared, int order, Labels labels) {
        this(key, latex, javaName, span, dims, integer, declared, order, labels, null);
    }

    public Input(String key, String latex, String javaName, Span span, List<Dim> dims, boolean integer,
            boolean declared, int order) {
        this(key, latex, javaName, span, dims, integer, declared, order, null);
    }

    /**
     * An integer tensor of class labels ({@code y \in \{1, \dots, K\}^N}, {@code y \in \mathbb{N}^N}): its
     * values count from {@code first} (0 or 1) and there are {@code count} classes, or null when the
     * declaration does not say ({@code \mathbb{N}^N}: the axis a label selects along tells).
     */
    public record Labels(int first, Dim count) {}

    /**
     * The input is the value of a function the file applies but does not define ({@code h(x)}, {@code
     * \mathcal{F}(x, \{W_i\})}, {@code V(s')}; docs/LANGUAGE.md, Functions): {@code function} as printed and
     * {@code arguments} as printed. Such a value has no derivative (E0501), and its shape, when nothing
     * declares it, comes from how it is used. {@code ofNumbers}: every argument is a number, a declared scalar, a
     * dimension or a name nothing binds ({@code \pi_\theta(y_w \mid x)}, {@code \mathcal{L}_1(W)}), so with nothing
     * else to tell its shape the value is read as a number, as an undeclared name is.
     */
    public record Applied(String function, String arguments, boolean ofNumbers) {
        public Applied(String function, String arguments) {
            this(function, arguments, false);
        }

        /**
         * Printed arguments ({@code y, x}, {@code y \mid x}, {@code x; \theta}) split where a comma, a semicolon or the
         * bar of a condition stands outside any bracket: {@code [y, x]}, {@code [y, x]}, {@code [x, \theta]}.
         */
        public static List<String> split(String arguments) {
            List<String> out = new java.util.ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < arguments.length(); i++) {
                char c = arguments.charAt(i);
                depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
                if (depth == 0 && (c == ',' || c == ';' || c == '|')) {
                    out.add(arguments.substring(from, i));
                    from = i + 1;
                } else if (depth == 0 && arguments.startsWith("\\mid", i) && !arguments.startsWith("\\middle", i)) {
                    out.add(arguments.substring(from, i));
                    from = i + 4;
                }
            }
            out.add(arguments.substring(from));
            return out;
        }
    }

    /**
     * How the values select when the input stands in a subscript ({@code z_{y_i}}, {@code z_y}, {@code \sum_{j \neq
     * y}}): its class labels, or for a whole-number scalar ({@code y \in \mathbb{N}}) a position counted from 0, as a
     * label declared over {@code \mathbb{N}} counts; null for any other input.
     */
    public Labels selecting() {
        return labels != null ? labels : integer && declared && dims != null && dims.isEmpty() ? new Labels(0, null)
                : null;
    }

    /** W0140's help: the declarations that say how the values of a label (or a whole-number scalar) count. */
    public static String countingHelp(Input in) {
        String power = in.dims() != null && in.dims().isEmpty() ? "" : "^{…}";
        return "declare `" + in.latex() + " \\in \\{0, \\dots, K-1\\}" + power + "` to say so, or `" + in.latex()
                + " \\in \\{1, \\dots, K\\}" + power + "` for labels counted from 1";
    }

    /** Whether this input is the value of a function the file does not define. */
    public boolean isApplied() {
        return applied != null;
    }

    /** The same input with its dimensions (and label count) rewritten. */
    public Input withDims(List<Dim> newDims, java.util.function.UnaryOperator<Dim> rewrite) {
        Labels l = labels == null || labels.count() == null ? labels : new Labels(labels.first(), rewrite.apply(labels.count()));
        return new Input(key, latex, javaName, span, newDims, integer, declared, order, l, applied);
    }
}
