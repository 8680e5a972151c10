package dev.eqc.compiler.run;

import dev.eqc.compiler.Options;
import dev.eqc.compiler.codegen.GeneratedFile;
import dev.eqc.compiler.codegen.JavaEmitter;
import dev.eqc.compiler.codegen.UpdateRule;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.runtime.Tensor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a definition through its generated code: emits the class, compiles it in memory,
 * and calls the method with tensors given by parameter (for {@code eqc run} and benchmarks).
 */
public final class EquationRunner {
    /** One parameter of a generated method, as users name it. */
    public record Parameter(String latex, String javaName, boolean integer) {}

    private final TypedProgram typed;
    private final Class<?> generated;

    private EquationRunner(TypedProgram typed, Class<?> generated) {
        this.typed = typed;
        this.generated = generated;
    }

    public static EquationRunner compile(TypedProgram typed, Options options)
            throws InMemoryJavaCompiler.CompilationFailed {
        GeneratedFile file = JavaEmitter.emit(typed, options);
        ClassLoader loader = InMemoryJavaCompiler.compile(List.of(file), List.of(), EquationRunner.class.getClassLoader());
        try {
            return new EquationRunner(typed, loader.loadClass(file.qualifiedName()));
        } catch (ClassNotFoundException e) {
            throw new InMemoryJavaCompiler.CompilationFailed("generated class not found: " + e.getMessage());
        }
    }

    /** The definition a user named (LaTeX or Java name), or the main result when {@code name} is null. */
    public Optional<Definition> find(String name) {
        if (name == null) {
            return Optional.of(typed.program().main());
        }
        for (Definition d : typed.program().definitions()) {
            if (SymbolNames.matches(name, d.latexName(), d.javaName())) {
                return Optional.of(d);
            }
        }
        // `L_i` for a per-element value named `L'` beside its total `L` (W0230): the left-hand side as printed.
        for (Definition d : typed.program().definitions()) {
            java.util.regex.Matcher lhs = java.util.regex.Pattern.compile("^\\s*(.+?)\\s*(=|:=|\\\\coloneqq)")
                    .matcher(d.latex() == null ? "" : d.latex());
            if (d.elementwise() && lhs.find() && SymbolNames.matches(name, lhs.group(1), d.javaName())) {
                return Optional.of(d);
            }
        }
        // `\hat{p}_k` for scikit-learn's `\hat{p}_k(X_i) = …`, read element by element (W0137): the name printed
        // before the parentheses.
        for (Definition d : typed.program().definitions()) {
            java.util.regex.Matcher lhs = java.util.regex.Pattern.compile("^\\s*(.+?)\\s*\\(.*\\)\\s*(=|:=|\\\\coloneqq)")
                    .matcher(d.latex() == null ? "" : d.latex());
            if (d.elementwise() && lhs.find() && SymbolNames.matches(name, lhs.group(1), d.javaName())) {
                return Optional.of(d);
            }
        }
        // `\mathbb{V}[f_*]`, `\mathrm{loss}(x, y)`: the left-hand side as printed names its function.
        java.util.regex.Matcher applied = java.util.regex.Pattern.compile("^(.+?)\\s*[(\\[].*[)\\]]\\s*$").matcher(name);
        if (applied.matches() && !applied.group(1).isBlank()) {
            for (Definition d : typed.program().definitions()) {
                if (d.function() && SymbolNames.matches(applied.group(1).strip(), d.latexName(), d.javaName())) {
                    return Optional.of(d);
                }
            }
        }
        // `\hat{A}` for `\hat{A}_t^{GAE(\gamma, \lambda)} = …` (GAE): the name without the label written above it,
        // when one definition alone is so named. A number or a transpose above is no label: `\sigma_t^2 = …` defines
        // the variance, and `--function '\sigma_t'` asking for its square root must not get it.
        List<Definition> labelled = new ArrayList<>();
        for (Definition d : typed.program().definitions()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?)\\^(\\{.*\\}|[^{}\\s])$")
                    .matcher(d.latexName());
            if (m.matches() && !exponent(m.group(2)) && SymbolNames.matches(name, m.group(1), null)) {
                labelled.add(d);
            }
        }
        if (labelled.size() == 1) {
            return Optional.of(labelled.get(0));
        }
        // `\sigma` for PNA's `\sigma_i(X) = …` (Corso et al.), defined element by element over i: the name without the
        // subscript of its own indices, when one definition alone is so named.
        List<Definition> indexed = new ArrayList<>();
        for (Definition d : typed.program().definitions()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?)_(\\{[^{}]*\\}|[A-Za-z])$")
                    .matcher(d.latexName());
            String letters = m.matches() ? m.group(2).replaceAll("[{}\\s,]", "") : null;
            if (letters != null && d.elementwise() && letters.equals(String.join("", d.indices().stream()
                    .map(dev.eqc.compiler.term.IndexVar::name).toList())) && SymbolNames.matches(name, m.group(1), null)) {
                indexed.add(d);
            }
        }
        if (!indexed.isEmpty()) {
            return indexed.size() == 1 ? Optional.of(indexed.get(0)) : Optional.empty();
        }
        // `\hat{\boldsymbol{x}}` for EDM's `\hat{\boldsymbol{x}}_i \leftarrow …`, one vector whose i labels the sample
        // every name there carries: the name without its subscript label, when one definition alone is so named.
        List<Definition> named = new ArrayList<>();
        for (Definition d : typed.program().definitions()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?)_(\\{[A-Za-z]\\}|[A-Za-z])$")
                    .matcher(d.latexName());
            if (m.matches() && SymbolNames.matches(name, m.group(1), null)) {
                named.add(d);
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** A superscript that is a power or a transpose ({@code 2}, {@code {-1}}, {@code {1/2}}, {@code \top}), not a label. */
    private static boolean exponent(String superscript) {
        String s = superscript.startsWith("{") && superscript.endsWith("}")
                ? superscript.substring(1, superscript.length() - 1).strip() : superscript.strip();
        return s.matches("[-+]?\\d+(\\.\\d+)?(/\\d+)?|[-+]?\\\\frac\\{?\\d+\\}?\\{?\\d+\\}?|[-+]?\\\\tfrac\\{?\\d+\\}?\\{?\\d+\\}?"
                + "|\\\\top|\\\\intercal|\\\\mathsf\\{T\\}|\\\\mathrm\\{T\\}");
    }

    public static List<Parameter> parameters(Definition d) {
        List<Parameter> out = new ArrayList<>();
        for (Param p : d.params()) {
            out.add(new Parameter(p.latex(), p.javaName(), p.declaration() != null && p.declaration().integer()));
        }
        for (Input in : d.freeInputs()) {
            out.add(new Parameter(in.latex(), in.javaName(), in.integer()));
        }
        return out;
    }

    /**
     * Calls the generated method. Argument problems (shapes, sizes) come back as the
     * {@link IllegalArgumentException} the generated checks throw.
     */
    public Tensor invoke(Definition d, List<Tensor> args) {
        return invoke(d, args, java.util.Map.of());
    }

    /** The sizes a definition takes as {@code int} arguments (dimensions as declared, like {@code d_{model}}). */
    public List<String> sizeParameters(Definition d) {
        return typed.sizeParameters(d);
    }

    /**
     * As {@link #invoke(Definition, List)}, with {@code sizes} for the dimensions no argument gives
     * ({@link #sizeParameters}), named as declared or by their Java names.
     */
    public Tensor invoke(Definition d, List<Tensor> args, java.util.Map<String, Integer> sizes) {
        return call(d, args, sizes, false, null);
    }

    /** Whether the generated code has the form of {@code d} that writes into an {@code out} tensor. */
    public boolean hasOutForm(Definition d) {
        int arity = d.arity() + typed.sizeParameters(d).size() + 1;
        return java.util.Arrays.stream(generated.getMethods())
                .anyMatch(m -> m.getName().equals(d.javaName()) && m.getParameterCount() == arity
                        && m.getParameterTypes()[arity - 1] == Tensor.class);
    }

    /** As {@link #invoke(Definition, List, java.util.Map)}, through the form that writes into {@code out}. */
    public Tensor invokeInto(Definition d, List<Tensor> args, java.util.Map<String, Integer> sizes, Tensor out) {
        return call(d, args, sizes, true, out);
    }

    private Tensor call(Definition d, List<Tensor> args, java.util.Map<String, Integer> sizes, boolean into,
            Tensor out) {
        List<String> wanted = typed.sizeParameters(d);
        Class<?>[] types = new Class<?>[args.size() + wanted.size() + (into ? 1 : 0)];
        java.util.Arrays.fill(types, Tensor.class);
        java.util.Arrays.fill(types, args.size(), args.size() + wanted.size(), int.class);
        List<Object> values = new ArrayList<>(args);
        List<String> missing = new ArrayList<>();
        for (String size : wanted) {
            Integer v = sizes.entrySet().stream()
                    .filter(e -> SymbolNames.matchesSize(e.getKey(), size))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            if (v == null) {
                v = sizeFromAnInput(d, args, size);
            }
            if (v == null) {
                missing.add(size);
            }
            values.add(v == null ? 0 : v);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("`" + d.latexName() + "` needs the size of " + String.join(", ", missing)
                    + ", which no input gives (eqc run: " + missing.stream()
                            .map(m -> "--dim " + m.replaceAll("[{}\\\\]", "") + "=INT")
                            .collect(java.util.stream.Collectors.joining(" ")) + ")");
        }
        if (into) {
            values.add(out);
        }
        try {
            Method m = generated.getMethod(d.javaName(), types);
            return (Tensor) m.invoke(null, values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // OutOfMemoryError above all: the caller says how to give the JVM more
            }
            throw new IllegalStateException("generated code failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call generated method " + d.javaName() + ": " + e, e);
        }
    }

    /**
     * A size that is also a scalar input of {@code d} ({@code d \in \mathbb{N}} used both as a number
     * and in {@code \mathbb{R}^{d/2}}): the input's value, when it is a whole number; else null.
     */
    private static Integer sizeFromAnInput(Definition d, List<Tensor> args, String size) {
        List<String> names = new ArrayList<>();
        d.params().forEach(p -> names.add(p.latex()));
        d.freeInputs().forEach(in -> names.add(in.latex()));
        for (int i = 0; i < names.size() && i < args.size(); i++) {
            Tensor a = args.get(i);
            if (a.rank() == 0 && SymbolNames.matches(names.get(i), size, size.replace("{", "").replace("}", ""))) {
                double v = a.get();
                if (v >= 0 && v == Math.rint(v) && v <= Integer.MAX_VALUE) {
                    return (int) v;
                }
            }
        }
        return null;
    }

    /** The file's update rule ({@link UpdateRule}): then the generated class has its step method. */
    public Optional<UpdateRule> updateRule() {
        return UpdateRule.of(typed);
    }

    /**
     * Calls the update rule's step with the arguments of its last state ({@code rule.last()}, in the
     * order of {@link #parameters}): every state's new value is written over the tensor that held its
     * previous value.
     */
    public void step(UpdateRule rule, List<Tensor> args, java.util.Map<String, Integer> sizes) {
        Definition d = rule.last();
        List<String> wanted = typed.sizeParameters(d);
        Class<?>[] types = new Class<?>[args.size() + wanted.size()];
        java.util.Arrays.fill(types, Tensor.class);
        java.util.Arrays.fill(types, args.size(), types.length, int.class);
        List<Object> values = new ArrayList<>(args);
        for (String size : wanted) {
            Integer v = sizes.entrySet().stream()
                    .filter(e -> SymbolNames.matchesSize(e.getKey(), size))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            if (v == null) {
                throw new IllegalArgumentException("the step needs the size of " + size
                        + ", which no input gives (--dim NAME=INT)");
            }
            values.add(v);
        }
        try {
            generated.getMethod(UpdateRule.METHOD, types).invoke(null, values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("generated code failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call the generated step: " + e, e);
        }
    }

    public TypedProgram typed() {
        return typed;
    }
}
