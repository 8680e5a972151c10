package dev.eqc.benchmarks;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.run.InMemoryJavaCompiler;
import dev.eqc.compiler.run.SymbolNames;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An example {@code .eq} file (bundled in the jar under {@code examples/}) checked, translated and
 * compiled in memory, with seeded float32 inputs built once: the same steps and the same inputs as
 * {@code eqc bench} (function parameters get the batch dimensions, weights and free inputs do
 * not; a value's non-scalar inputs all do). Only {@link #invoke()} belongs inside a benchmark.
 */
final class CompiledExample {
    private final EquationRunner runner;
    private final Definition definition;
    private final List<Tensor> args;

    private CompiledExample(EquationRunner runner, Definition definition, List<Tensor> args) {
        this.runner = runner;
        this.definition = definition;
        this.args = args;
    }

    /**
     * @param example file name under {@code examples/}, e.g. {@code "gelu.eq"}
     * @param function definition to call (LaTeX or Java name), or null for the file's last one
     * @param dims every dimension of the signature, by LaTeX or Java name ({@code "d_{model}"} or {@code "d_model"})
     * @param batch leading batch dimensions
     */
    static CompiledExample load(String example, String function, Map<String, Integer> dims, int... batch) {
        String stem = example.substring(0, example.lastIndexOf('.'));
        Options options = new Options(JavaNames.className(stem), "", Precision.FLOAT, false);
        Diagnostics diagnostics = new Diagnostics();
        Optional<TypedProgram> typed = EqCompiler.check(new SourceFile(example, read(example)), options, diagnostics);
        if (typed.isEmpty()) {
            throw new IllegalStateException(example + " has errors: " + diagnostics.sorted());
        }
        EquationRunner runner;
        try {
            runner = EquationRunner.compile(typed.get(), options);
        } catch (InMemoryJavaCompiler.CompilationFailed e) {
            throw new IllegalStateException("generated code for " + example + " does not compile: " + e.getMessage(), e);
        }
        Definition def = runner.find(function)
                .orElseThrow(() -> new IllegalArgumentException(example + " has no definition " + function));
        List<Shape> signature = typed.get().signature(def);
        List<EquationRunner.Parameter> params = EquationRunner.parameters(def);
        List<Tensor> args = new ArrayList<>();
        for (int i = 0; i < signature.size(); i++) {
            Shape s = signature.get(i);
            boolean batched = def.function() ? i < def.params().size() : s.rank() > 0;
            int lead = batched ? batch.length : 0;
            int[] shape = new int[lead + s.rank()];
            System.arraycopy(batch, 0, shape, 0, lead);
            for (int k = 0; k < s.rank(); k++) {
                shape[lead + k] = size(s.dim(k), dims);
            }
            args.add(params.get(i).integer() ? Tensor.randomInts(DType.FLOAT32, 1000 + i, 1, 5, shape)
                    : Tensor.random(DType.FLOAT32, 1000 + i, 0.1, 0.9, shape));
        }
        return new CompiledExample(runner, def, args);
    }

    /** One call of the generated method on the prepared inputs. */
    Tensor invoke() {
        return runner.invoke(definition, args);
    }

    /** A tensor of the result's shape and dtype, for {@link #invokeInto}; call it in setup. */
    Tensor newOut() {
        if (!runner.hasOutForm(definition)) {
            throw new IllegalStateException(definition.javaName() + " has no form that writes into out");
        }
        Tensor result = invoke();
        return Tensor.zeros(result.dtype(), result.shape());
    }

    /** One call of the form that writes into {@code out} (what a loop calling it again and again uses). */
    Tensor invokeInto(Tensor out) {
        return runner.invokeInto(definition, args, Map.of(), out);
    }

    private static int size(Dim d, Map<String, Integer> dims) {
        if (d instanceof Dim.Symbol s) {
            return dims.entrySet().stream()
                    .filter(e -> SymbolNames.matches(e.getKey(), s.name(), s.name().replaceAll("[{}\\\\]", "")))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no size given for dimension " + s.name()));
        }
        return d.evaluate(sizesOf(dims, d));
    }

    /** Compound dimensions (e.g. {@code 2n}) evaluate from the sizes of their symbols. */
    private static Map<String, Integer> sizesOf(Map<String, Integer> dims, Dim d) {
        Map<String, Integer> out = new java.util.HashMap<>();
        collect(d, dims, out);
        return out;
    }

    private static void collect(Dim d, Map<String, Integer> dims, Map<String, Integer> out) {
        if (d instanceof Dim.Symbol s) {
            out.put(s.name(), size(s, dims));
        } else if (d instanceof Dim.Compound c) {
            collect(c.left(), dims, out);
            collect(c.right(), dims, out);
        }
    }

    private static String read(String example) {
        try (InputStream in = CompiledExample.class.getResourceAsStream("/examples/" + example)) {
            if (in == null) {
                throw new IllegalArgumentException("examples/" + example + " is not bundled in the benchmarks jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read examples/" + example, e);
        }
    }
}
