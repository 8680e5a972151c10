package dev.eqc.compiler.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eqc.compiler.EqCompiler;
import dev.eqc.compiler.Options;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.JavaEmitter;
import dev.eqc.compiler.codegen.UpdateRule;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.run.EquationRunner;
import dev.eqc.compiler.shape.TypedProgram;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.runtime.DType;
import dev.eqc.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Update rules (Adam's m_t, v_t, θ_t from m_{t-1}, v_{t-1}, θ_{t-1}): the generated {@code step}
 * writes every state's new value over its previous one, in the caller's tensors, equal to what the
 * states' own methods compute from the same previous values.
 */
class UpdateRuleTest {
    private static TypedProgram adam() {
        Diagnostics d = new Diagnostics();
        return EqCompiler.check(Examples.read(Examples.root().resolve("examples/adam.eq")), Options.forClass("Adam"), d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
    }

    private static TypedProgram compile(String text) {
        Diagnostics d = new Diagnostics();
        return EqCompiler.check(new SourceFile("t.eq", text), Options.forClass("T"), d)
                .orElseThrow(() -> new AssertionError(d.all().toString()));
    }

    @Test
    void adamHasThreeStatesAndTheStepTakesThetasArguments() {
        UpdateRule rule = UpdateRule.of(adam()).orElseThrow();
        assertEquals("\\theta_t", rule.last().latexName());
        assertEquals(List.of("m_t", "v_t", "\\theta_t"), rule.states().stream().map(s -> s.next().latexName()).toList());
        assertEquals(List.of("m_t1", "v_t1", "theta_t1"), rule.written());
    }

    /**
     * float32 tensors under float precision take the one-pass loop; float64 tensors under float
     * precision, and a batch of previous values, take the general path. Either way the step's
     * values are the states' methods' values, bit for bit, and they land in the caller's tensors.
     */
    @ParameterizedTest
    @CsvSource({"FLOAT, FLOAT32", "FLOAT, FLOAT64", "DOUBLE, FLOAT64"})
    void stepWritesEveryStateInPlaceEqualToTheirMethods(Precision precision, DType dtype) throws Exception {
        TypedProgram typed = adam();
        EquationRunner runner = EquationRunner.compile(typed, new Options("Adam", "", precision, false));
        UpdateRule rule = runner.updateRule().orElseThrow();
        Definition theta = rule.last();
        int d = 1000; // not a multiple of any block or lane count
        List<Tensor> args = new ArrayList<>();
        List<EquationRunner.Parameter> params = EquationRunner.parameters(theta);
        for (int i = 0; i < params.size(); i++) {
            boolean vector = List.of("theta_t1", "g_t", "m_t1", "v_t1").contains(params.get(i).javaName());
            Tensor t = params.get(i).javaName().equals("t") ? Tensor.randomInts(dtype, 7, 1, 5)
                    : vector ? Tensor.random(dtype, 100 + i, 0.1, 0.9, d) : Tensor.random(dtype, 100 + i, 0.1, 0.9);
            args.add(t);
        }
        List<double[]> expected = new ArrayList<>();
        for (UpdateRule.State s : rule.states()) {
            List<Tensor> own = new ArrayList<>();
            for (var in : s.next().freeInputs()) {
                own.add(args.get(theta.freeInputs().indexOf(in)));
            }
            expected.add(runner.invoke(s.next(), own).toDoubleArray());
        }
        runner.step(rule, args, Map.of());
        for (int i = 0; i < rule.states().size(); i++) {
            Tensor written = args.get(theta.freeInputs().indexOf(rule.states().get(i).previous()));
            assertEquals(dtype, written.dtype());
            assertArrayEquals(expected.get(i), written.toDoubleArray(), rule.states().get(i).next().latexName());
        }
        // A second step goes on from the first one's values.
        double[] m1 = args.get(theta.freeInputs().indexOf(rule.states().get(0).previous())).toDoubleArray();
        runner.step(rule, args, Map.of());
        assertFalse(java.util.Arrays.equals(m1,
                args.get(theta.freeInputs().indexOf(rule.states().get(0).previous())).toDoubleArray()));
    }

    @Test
    void theFloatStepIsOnePassWritingEveryState() {
        String java = JavaEmitter.emit(adam(), new Options("Adam", "", Precision.FLOAT, false)).source();
        assertTrue(java.contains("public static void step(Tensor theta_t1, Tensor g_t, Tensor m_t1, Tensor v_t1,"), java);
        assertTrue(java.contains("m_t1s[e] = m_t;") && java.contains("v_t1s[e] = v_t;"), java);
    }

    @Test
    void noStepWithoutAPreviousValueOrWhenTheLastStateDoesNotTakeTheOthers() {
        assertTrue(UpdateRule.of(compile("x \\in \\mathbb{R}^{n}\ny_t = 2 x\n")).isEmpty());
        // m_t is a state, but \theta_t does not read it: one step could not take m's arguments.
        TypedProgram apart = compile("m_{t-1}, g, \\theta_{t-1} \\in \\mathbb{R}^{d}\nm_t = m_{t-1} + g\n"
                + "\\theta_t = \\theta_{t-1} - g\n");
        assertTrue(UpdateRule.of(apart).isEmpty());
        // One state alone: x_k from x_{k-1}.
        UpdateRule one = UpdateRule.of(compile("x_{k-1}, g \\in \\mathbb{R}^{d}\nx_k = x_{k-1} - 0.1 g\n")).orElseThrow();
        assertEquals(List.of("x_k1"), one.written());
    }
}
