package dev.eqc.compiler.codegen;

import dev.eqc.compiler.term.GradientFacts;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.lang.model.element.Modifier;

/**
 * Emits the JUnit 5 test class of a generated class: for every method, one test on seeded
 * inputs at small sizes and one batched call, both against expected values computed now by
 * the reference {@link Interpreter} and embedded as literals. The tests need only the runtime
 * and junit-jupiter.
 */
public final class TestEmitter {
    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final int BATCH = 2;

    private TestEmitter() {}

    public static GeneratedFile emit(TypedProgram typed, Options options, Diagnostics diagnostics) {
        String testName = options.className() + "Test";
        ClassName subject = ClassName.get(options.packageName(), options.className());
        TypeSpec.Builder type = TypeSpec.classBuilder(testName)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Checks {@link $T} against eqc's reference interpreter; generated, do not edit.\n", subject);
        Interpreter interpreter = new Interpreter(typed);
        TestInputs inputs = new TestInputs(typed);
        List<Definition> defs = typed.program().definitions();
        for (int i = 0; i < defs.size(); i++) {
            Definition d = defs.get(i);
            MethodSpec reference;
            MethodSpec batched;
            try {
                reference = test(typed, inputs, interpreter, subject, d, options.precision(), false);
                batched = test(typed, inputs, interpreter, subject, d, options.precision(), true);
            } catch (ArithmeticException | IllegalArgumentException | IllegalStateException
                    | IndexOutOfBoundsException e) {
                // D^{-1/2} of a sampled matrix that is not diagonal, a range made empty by a sampled count: no
                // reference on these inputs, so no test of this definition, and the user is told.
                Diagnostic.of(Code.W0372, typed.program().source(), d.nameSpan(), "no generated test for `"
                                + d.latexName() + "`: on the sampled inputs, " + e.getMessage())
                        .caret("not tested")
                        .help("declare the inputs as the definition needs them (a diagonal matrix's diagonal as a"
                                + " vector, a count as a size), or test `" + d.latexName() + "` on your own values with"
                                + " `eqc run`")
                        .report(diagnostics);
                continue;
            }
            type.addMethod(reference);
            type.addMethod(batched);
            long seed = 100L * (i + 1) + 75;
            // A loss that does not use the input has a zero gradient, which the reference test checks.
            typed.gradients().gradientOf(d).filter(GradientFacts.GradientOf::lossUsesWrt)
                    .filter(g -> !stopsGradients(g.loss().body(), new java.util.HashSet<>()))
                    .ifPresent(g -> type.addMethod(gradientCheck(typed, inputs, subject, d, g, seed)));
        }
        JavaFile file = JavaFile.builder(options.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedFile(options.packageName(), testName, file.toString(), true);
    }

    private static MethodSpec test(TypedProgram typed, TestInputs inputs, Interpreter interpreter, ClassName subject,
            Definition d, Precision precision, boolean batched) {
        List<TestInputs.Spec> specs = inputs.of(d);
        boolean float32 = precision == Precision.FLOAT;
        String dtype = float32 ? "FLOAT32" : "FLOAT64";
        MethodSpec.Builder m = MethodSpec.methodBuilder(d.javaName() + (batched ? "MapsOverBatchDimensions" : "MatchesReference"))
                .addAnnotation(TEST);
        if (batched) {
            m.addJavadoc("Every argument carries a leading batch dimension of $L; the result must keep it.\n", BATCH);
        } else {
            m.addJavadoc("{@code $L} on seeded inputs.\n", Javadocs.text(Javadocs.signature(typed, d, paramLabels(d, subject.simpleName()))));
        }
        List<NDArray> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            TestInputs.Spec s = specs.get(i);
            int[] shape = batched ? prepend(BATCH, s.coreShape()) : s.coreShape();
            // Seeded by the input, not the definition: definitions that share an input are tested on
            // the same values, and the interpreter computes a value they all use only once.
            long seed = (batched ? 50 : 0) + inputs.seed(d, i);
            String name = paramLabels(d, subject.simpleName()).get(i);
            names.add(name);
            String dims = IntStream.of(shape).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            args.add(inputs.sample(s, shape, seed, float32));
            if (s.integer()) {
                m.addStatement("$T $N = $T.randomInts($T.$L, $LL, $L, $L$L)", RuntimeTypes.TENSOR, name,
                        RuntimeTypes.TENSOR, RuntimeTypes.DTYPE, dtype, seed, (int) s.lo(), (int) s.hi(),
                        dims.isEmpty() ? "" : ", " + dims);
            } else {
                m.addStatement("$T $N = $T.random($T.$L, $LL, $L, $L$L)", RuntimeTypes.TENSOR, name, RuntimeTypes.TENSOR,
                        RuntimeTypes.DTYPE, dtype, seed, s.lo(), s.hi(), dims.isEmpty() ? "" : ", " + dims);
            }
        }
        java.util.Map<String, Integer> sizes = inputs.sizes(d);
        java.util.Map<String, Integer> given = new java.util.LinkedHashMap<>();
        List<CodeBlock> callArgs = new ArrayList<>(names.stream().map(n -> CodeBlock.of("$N", n)).toList());
        for (String size : typed.sizeParameters(d)) {
            given.put(size, sizes.get(size));
            callArgs.add(CodeBlock.of("$L", sizes.get(size)));
        }
        NDArray expected = interpreter.call(d, args, given);
        CodeBlock call = CodeBlock.join(callArgs, ", ");
        m.addStatement("$T actual = $T.$N($L)", RuntimeTypes.TENSOR, subject, d.javaName(), call);
        String shape = IntStream.of(expected.shape()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
        double rtol = float32 ? 1e-4 : 1e-9;
        double atol = float32 ? 1e-5 : 1e-12;
        m.addStatement("double[] expected = $L", expectedValues(expected.data()));
        m.addStatement("$T.assertClose(actual, new int[] {$L}, expected, $L, $L)", RuntimeTypes.TENSOR_ASSERT,
                shape, rtol, atol);
        if (batched && MethodEmitter.hasOutForm(typed, d, precision)) {
            // The definition compiles to one fused loop, so it also has the form that writes into a
            // given tensor; with every argument batched alike the loop runs, and must fill it.
            m.addComment("The form that writes into a given tensor returns that tensor, filled with the same values");
            m.addStatement("$T into = $T.zeros($T.$L$L)", RuntimeTypes.TENSOR, RuntimeTypes.TENSOR, RuntimeTypes.DTYPE,
                    dtype, shape.isEmpty() ? "" : ", " + shape);
            List<CodeBlock> intoArgs = new ArrayList<>(callArgs);
            intoArgs.add(CodeBlock.of("into"));
            m.addStatement("$T.assertSame(into, $T.$N($L))", ASSERTIONS, subject, d.javaName(),
                    CodeBlock.join(intoArgs, ", "));
            m.addStatement("$T.assertClose(into, new int[] {$L}, expected, $L, $L)",
                    RuntimeTypes.TENSOR_ASSERT, shape, rtol, atol);
        }
        return m.build();
    }

    /**
     * Whether {@code t}, or a definition it reads, holds a value constant with the stop-gradient
     * ({@code \\mathrm{sg}[x]}): finite differences see the identity there, so they cannot check
     * that gradient (the reference test still does).
     */
    private static boolean stopsGradients(dev.eqc.compiler.term.Term t, java.util.Set<Definition> seen) {
        if (t instanceof dev.eqc.compiler.term.Term.BuiltinCall b
                && b.builtin() == dev.eqc.compiler.builtin.Builtin.STOP_GRADIENT) {
            return true;
        }
        if (t instanceof dev.eqc.compiler.term.Term.ValueRef v && seen.add(v.definition())
                && stopsGradients(v.definition().body(), seen)) {
            return true;
        }
        if (t instanceof dev.eqc.compiler.term.Term.Call c && seen.add(c.function())
                && stopsGradients(c.function().body(), seen)) {
            return true;
        }
        return t.children().stream().anyMatch(k -> stopsGradients(k, seen));
    }

    /**
     * A gradient method against central finite differences of its loss's method, in float64 at the
     * small test sizes, like {@code torch.autograd.gradcheck}: independent of the interpreter.
     */
    private static MethodSpec gradientCheck(TypedProgram typed, TestInputs inputs, ClassName subject, Definition d,
            GradientFacts.GradientOf g, long seedBase) {
        List<TestInputs.Spec> specs = inputs.of(d, g.loss());
        List<String> names = paramLabels(d, subject.simpleName());
        MethodSpec.Builder m = MethodSpec.methodBuilder(d.javaName() + "MatchesFiniteDifferences")
                .addAnnotation(TEST)
                .addJavadoc("{@code $L} against central differences of {@code $L} in float64.\n",
                        Javadocs.latex(d.latexName()), Javadocs.latex(g.loss().latexName()));
        for (int i = 0; i < specs.size(); i++) {
            TestInputs.Spec s = specs.get(i);
            String dims = IntStream.of(s.coreShape()).mapToObj(Integer::toString).collect(Collectors.joining(", "));
            long seed = seedBase + i + 1;
            if (s.integer()) {
                m.addStatement("$T $N = $T.randomInts($T.FLOAT64, $LL, $L, $L$L)", RuntimeTypes.TENSOR, names.get(i),
                        RuntimeTypes.TENSOR, RuntimeTypes.DTYPE, seed, (int) s.lo(), (int) s.hi(),
                        dims.isEmpty() ? "" : ", " + dims);
            } else {
                m.addStatement("$T $N = $T.random($T.FLOAT64, $LL, $L, $L$L)", RuntimeTypes.TENSOR, names.get(i),
                        RuntimeTypes.TENSOR, RuntimeTypes.DTYPE, seed, s.lo(), s.hi(), dims.isEmpty() ? "" : ", " + dims);
            }
        }
        java.util.Map<String, Integer> sizes = inputs.sizes(d);
        List<CodeBlock> callArgs = new ArrayList<>(names.stream().map(n -> CodeBlock.of("$N", n)).toList());
        for (String size : typed.sizeParameters(d)) {
            callArgs.add(CodeBlock.of("$L", sizes.get(size)));   // sizes no input gives (W0195)
        }
        m.addStatement("$T gradient = $T.$N($L)", RuntimeTypes.TENSOR, subject, d.javaName(),
                CodeBlock.join(callArgs, ", "));
        // The loss's arguments are the gradient method's, by input; the one differentiated is the lambda's.
        // A function loss (\nabla_{w} E(w)) takes the inputs its parameters were given first.
        List<CodeBlock> lossArgs = new ArrayList<>();
        List<dev.eqc.compiler.term.Input> lossInputs = new ArrayList<>(g.arguments());
        lossInputs.addAll(g.loss().freeInputs());
        String wrtName = names.get(d.params().size() + d.freeInputs().indexOf(g.wrt()));
        for (dev.eqc.compiler.term.Input in : lossInputs) {
            int at = d.freeInputs().indexOf(in);
            if (in.key().equals(g.wrt().key())) {
                lossArgs.add(CodeBlock.of("probe"));
            } else {
                lossArgs.add(CodeBlock.of("$N", names.get(d.params().size() + at)));
            }
        }
        for (String size : typed.sizeParameters(g.loss())) {
            lossArgs.add(CodeBlock.of("$L", sizes.getOrDefault(size, 2)));
        }
        m.addStatement("$T.assertGradient(gradient, $N, probe -> $T.$N($L), 1e-6, 1e-5, 1e-7)",
                RuntimeTypes.TENSOR_ASSERT, wrtName, subject, g.loss().javaName(),
                lossArgs.stream().collect(CodeBlock.joining(", ")));
        return m.build();
    }

    private static List<String> paramLabels(Definition d, String subject) {
        List<String> out = new ArrayList<>();
        d.params().forEach(p -> out.add(p.javaName()));
        d.freeInputs().forEach(in -> out.add(in.javaName()));
        // The method's own parameter names are allocated the same way, so reuse them as test locals.
        dev.eqc.compiler.resolve.JavaNames names = dev.eqc.compiler.resolve.JavaNames.forLocals(subject);
        names.reserve("actual");
        names.reserve("into");
        names.reserve("expected");
        return out.stream().map(names::allocate).toList();
    }

    private static int[] prepend(int b, int[] core) {
        int[] s = new int[core.length + 1];
        s[0] = b;
        System.arraycopy(core, 0, s, 1, core.length);
        return s;
    }

    /** Characters per string constant of expected values, well under the class file's 65,535 bytes. */
    private static final int CHUNK = 4000;

    /**
     * The expected values as {@code TensorAssert.values("0.25, -1.5, …")}: one string constant per
     * test instead of a constant per number, so a file with thousands of definitions still fits a
     * class file's constant pool (65,535 entries), and long ones are cut into several strings.
     */
    private static CodeBlock expectedValues(double[] values) {
        List<CodeBlock> parts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            chunk.append(Double.toString(values[i])).append(i + 1 < values.length ? ", " : "");
            if (chunk.length() >= CHUNK) {
                parts.add(CodeBlock.of("$S", chunk.toString()));
                chunk.setLength(0);
            }
        }
        if (chunk.length() > 0 || parts.isEmpty()) {
            parts.add(CodeBlock.of("$S", chunk.toString()));
        }
        return CodeBlock.of("$T.values($L)", RuntimeTypes.TENSOR_ASSERT, CodeBlock.join(parts, ", "));
    }
}
