package dev.eqc.cli;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.run.SymbolNames;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sizes given with {@code --dim NAME=INT}, checked against the definition they are for:
 * each is a positive integer, given once, names a dimension of the definition's signature
 * (as spelled in the declaration, {@code d_{model}}, or its Java name, {@code d_model}), and
 * agrees with the inputs that fix it. Keys of {@link #bySymbol} are the symbols as declared.
 */
final class DimSizes {
    private final Map<String, Integer> bySymbol;
    private final Map<String, String> spelled;

    private DimSizes(Map<String, Integer> bySymbol, Map<String, String> spelled) {
        this.bySymbol = bySymbol;
        this.spelled = spelled;
    }

    /** Parses and matches the options; a usage error names the option and its value. */
    static DimSizes parse(List<String> options, TypedProgram typed, Definition def) {
        Set<String> symbols = symbols(typed, def);
        Map<String, Integer> bySymbol = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> factors = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0 || eq == option.length() - 1) {
                throw new UserError("--dim expects NAME=INT, got '" + option + "'", Main.USAGE);
            }
            String name = option.substring(0, eq).strip();
            String value = option.substring(eq + 1).strip();
            int size;
            try {
                size = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new UserError("--dim " + name + "=" + value + ": the size must be a whole number", Main.USAGE);
            }
            if (size < 1) {
                throw new UserError("--dim " + name + "=" + value + ": a size must be at least 1", Main.USAGE);
            }
            String joint = symbols.stream().anyMatch(s -> SymbolNames.matchesSize(name, s)) ? null
                    : symbols.stream().filter(s -> factorOf(name, s) != null).findFirst().orElse(null);
            if (joint != null) {
                // FixMatch's \mu B, one size since \mu and B are never written apart: its factors, multiplied
                Map<String, Integer> given = factors.computeIfAbsent(joint, k -> new LinkedHashMap<>());
                if (given.putIfAbsent(factorOf(name, joint), size) != null) {
                    throw new UserError("--dim " + name + " is given twice", Main.USAGE);
                }
                continue;
            }
            String symbol = symbols.stream()
                    .filter(s -> SymbolNames.matchesSize(name, s))
                    .findFirst()
                    .orElseThrow(() -> new UserError("--dim " + option + ": `" + def.latexName() + "` has no dimension "
                            + name + (symbols.isEmpty() ? "; it takes no sizes" : "; its dimensions are "
                            + String.join(", ", symbols)), Main.USAGE));
            if (bySymbol.containsKey(symbol)) {
                throw new UserError("--dim " + symbol + " is given twice (" + spelled.get(symbol) + " and " + option
                        + ")", Main.USAGE);
            }
            bySymbol.put(symbol, size);
            spelled.put(symbol, option);
        }
        for (Map.Entry<String, Map<String, Integer>> e : factors.entrySet()) {
            String joint = e.getKey();
            List<String> parts = Arrays.asList(joint.split(" "));
            if (!e.getValue().keySet().containsAll(parts)) {
                throw new UserError("--dim: `" + joint + "` is one size of `" + def.latexName() + "` (its factors are"
                        + " never written apart): give every factor (" + String.join(", ", parts) + "), or the size"
                        + " itself with --dim '" + joint + "=INT'", Main.USAGE);
            }
            int product = e.getValue().values().stream().reduce(1, Math::multiplyExact);
            if (bySymbol.containsKey(joint) && bySymbol.get(joint) != product) {
                throw new UserError("--dim: `" + joint + "` is given as " + bySymbol.get(joint) + " and its factors"
                        + " multiply to " + product, Main.USAGE);
            }
            bySymbol.put(joint, product);
            spelled.put(joint, "--dim " + String.join(" --dim ", e.getValue().entrySet().stream()
                    .map(f -> f.getKey() + "=" + f.getValue()).toList()));
        }
        return new DimSizes(bySymbol, spelled);
    }

    /** The factor of the joint size {@code symbol} ({@code \mu B}) that {@code name} spells, or null. */
    private static String factorOf(String name, String symbol) {
        if (!symbol.contains(" ") || symbol.contains("(")) {
            return null;
        }
        for (String part : symbol.split(" ")) {
            if (SymbolNames.matchesSize(name, part)) {
                return part;
            }
        }
        return null;
    }

    /** The dimension symbols of a definition's parameters, result and size arguments. */
    static Set<String> symbols(TypedProgram typed, Definition def) {
        Set<String> out = new LinkedHashSet<>();
        List<Shape> shapes = new ArrayList<>(typed.signature(def));
        shapes.add(typed.resultShape(def));
        for (Shape s : shapes) {
            s.dims().forEach(d -> collect(d, out));
        }
        out.addAll(typed.sizeParameters(def));
        return out;
    }

    private static void collect(Dim d, Set<String> out) {
        if (d instanceof Dim.Symbol s) {
            out.add(s.name());
        } else if (d instanceof Dim.Compound c) {
            collect(c.left(), out);
            collect(c.right(), out);
        }
    }

    /**
     * These sizes with each size {@code def} takes (W0195) that no {@code --dim} gives read off an input given for
     * the file's other definitions, declared with that size as an axis: one set of inputs for the whole file, so
     * the causal mask {@code M_{ij}} run alone takes {@code n} from the {@code Q \in \mathbb{R}^{n \times d_k}} given
     * for the attention (said in a note). Inputs that disagree on a size are a usage error.
     */
    DimSizes withSizesOfGivenInputs(TypedProgram typed, Definition def, Set<String> given,
            java.util.function.Function<String, Tensor> value) {
        Map<String, Integer> sizes = new LinkedHashMap<>(bySymbol);
        Map<String, String> from = new LinkedHashMap<>(spelled);
        for (String n : typed.sizeParameters(def)) {
            if (bySymbol.containsKey(n)) {
                continue;
            }
            for (Definition other : typed.program().definitions()) {
                for (dev.eqc.compiler.term.Input in : other.freeInputs()) {
                    int axis = in.declared() && in.dims() != null ? in.dims().indexOf(new Dim.Symbol(n, false)) : -1;
                    String key = axis < 0 ? null : given.stream()
                            .filter(g -> SymbolNames.matches(g, in.latex(), in.javaName())).findFirst().orElse(null);
                    if (key == null || value.apply(key).shape().length != in.dims().size()) {
                        continue;
                    }
                    int size = value.apply(key).shape()[axis];
                    if (sizes.containsKey(n) && sizes.get(n) != size) {
                        throw new UserError("the inputs disagree on the size " + n + " that `" + def.latexName()
                                + "` takes: " + from.get(n) + " and --input " + key + " (" + size + "); give it with"
                                + " --dim " + n.replaceAll("[{}\\\\]", "") + "=INT", Main.USAGE);
                    }
                    if (!sizes.containsKey(n)) {
                        sizes.put(n, size);
                        from.put(n, "--input " + key + " (" + size + ")");
                        System.err.println("note: `" + def.latexName() + "` takes the size " + n + " = " + size
                                + ", axis " + axis + " of --input " + key);
                    }
                }
            }
        }
        return new DimSizes(sizes, from);
    }

    Map<String, Integer> bySymbol() {
        return bySymbol;
    }

    /**
     * Fails when an input's shape fixes a dimension to another size than {@code --dim} gives:
     * silently using either would be a wrong answer.
     */
    void checkAgainst(List<Shape> signature, List<String> names, List<Tensor> args) {
        for (int i = 0; i < signature.size(); i++) {
            Shape core = signature.get(i);
            int[] actual = args.get(i).shape();
            int lead = actual.length - core.rank();
            for (int k = 0; k < core.rank() && lead >= 0; k++) {
                if (core.dim(k) instanceof Dim.Symbol s && bySymbol.containsKey(s.name())
                        && bySymbol.get(s.name()) != actual[lead + k]) {
                    throw new UserError("--dim " + spelled.get(s.name()) + " contradicts input " + names.get(i)
                            + ": its shape " + Arrays.toString(actual) + " makes " + s.name() + " = "
                            + actual[lead + k], Main.USAGE);
                }
            }
        }
    }

    /**
     * Fails with a usage error naming the options to add when {@code def} takes a size (W0195, W0196) that no
     * {@code --dim} gives (a scalar input of the same name, which the runner reads, counts as given).
     */
    void requireSizeParameters(TypedProgram typed, Definition def) {
        List<String> inputs = new ArrayList<>();
        def.params().forEach(p -> inputs.add(p.latex()));
        def.freeInputs().forEach(in -> inputs.add(in.latex()));
        List<String> missing = typed.sizeParameters(def).stream().filter(n -> !bySymbol.containsKey(n))
                .filter(n -> inputs.stream().noneMatch(i -> SymbolNames.matchesSize(i, n))).toList();
        if (!missing.isEmpty()) {
            throw new UserError("`" + def.latexName() + "` takes the size" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ", which no input gives: add " + missing.stream()
                    .map(m -> "--dim " + m.replaceAll("[{}\\\\]", "") + "=INT").collect(Collectors.joining(" ")),
                    Main.USAGE);
        }
    }

    /** Sizes for every symbol of the arguments, for {@code bench}, which makes them; names those missing. */
    Map<String, Integer> requireAll(TypedProgram typed, Definition def) {
        Set<String> needed = new LinkedHashSet<>();
        typed.signature(def).forEach(shape -> shape.dims().forEach(d -> collect(d, needed)));
        needed.addAll(typed.sizeParameters(def));
        List<String> missing = needed.stream().filter(n -> !bySymbol.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            throw new UserError("give the size of " + String.join(", ", missing) + " with " + missing.stream()
                    .map(m -> "--dim " + m.replaceAll("[{}\\\\]", "") + "=INT").collect(Collectors.joining(" ")),
                    Main.USAGE);
        }
        return bySymbol;
    }

    @Override
    public String toString() {
        return bySymbol.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
