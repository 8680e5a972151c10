package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.interp.Interpreter;
import dev.eqc.compiler.interp.NDArray;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check shared by the reading-rule tests: a program compiles with exactly the warnings named, and both
 * the generated code and the interpreter compute the values the test worked out without eqc's parser.
 */
final class PaperReadings {
    private PaperReadings() {}

    /** {@code n} distinct, sign-changing values ({@code scale · sin(1.3 i + shift)}): inputs no reading can guess. */
    static double[] seq(int n, double scale, double shift) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.sin(1.3 * i + shift) * scale;
        }
        return out;
    }

    static void assertComputes(String className, String program, String definition, Map<String, double[]> inputs,
            Map<String, int[]> shapes, double[] expected, List<Code> warns) throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options(className, "", Precision.DOUBLE, false);
        TypedProgram typed = EqCompiler.check(new SourceFile(className + ".eq", program), options, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all().toString()));
        List<Code> warnings = diagnostics.all().stream().map(Diagnostic::code).distinct().toList();
        assertEquals(warns, warnings, () -> "warnings: " + diagnostics.all());
        Definition d = typed.program().definitions().stream()
                .filter(x -> x.latexName().equals(definition) || x.key().equals(definition))
                .findFirst().orElseThrow(() -> new AssertionError("no definition " + definition));
        List<String> names = new ArrayList<>();
        d.params().stream().map(Param::latex).forEach(names::add);
        d.freeInputs().stream().map(Input::latex).forEach(names::add);
        List<Tensor> args = new ArrayList<>();
        List<NDArray> refArgs = new ArrayList<>();
        for (String name : names) {
            double[] v = inputs.get(name);
            if (v == null) {
                throw new AssertionError("the case gives no input " + name + " (has " + inputs.keySet() + ")");
            }
            args.add(Tensor.of(v, shapes.get(name)));
            refArgs.add(NDArray.of(v, shapes.get(name)));
        }
        double[] generated = EquationRunner.compile(typed, options).invoke(d, args).toDoubleArray();
        double[] interpreted = new Interpreter(typed).call(d, refArgs).data();
        assertArrayEquals(expected, generated, 1e-12, "generated code");
        assertArrayEquals(expected, interpreted, 1e-12, "interpreter");
    }

    /** A program the reading rules must refuse: nothing compiles, and {@code code} is among the diagnostics. */
    static void assertRejected(String program, Code code) {
        Diagnostics diagnostics = new Diagnostics();
        Options options = new Options("Reading", "", Precision.DOUBLE, false);
        org.junit.jupiter.api.Assertions.assertTrue(EqCompiler.check(new SourceFile("rejected.eq", program), options,
                diagnostics).isEmpty(), () -> "compiled: " + program);
        org.junit.jupiter.api.Assertions.assertTrue(diagnostics.all().stream().anyMatch(d -> d.code() == code),
                () -> "no " + code + " in " + diagnostics.all());
    }
}
