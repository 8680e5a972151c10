package dev.eqc.compiler.fusion;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loop IR of one definition that runs as a single pass over memory, as the fusion planner
 * builds it from typed terms and the code generator prints it ({@code codegen.FusedLoopEmitter}).
 *
 * <ul>
 *   <li>the loop nest ({@link Nest}): one flat loop over the result's elements, or a loop over
 *       rows with an inner loop along the row;
 *   <li>the loads: {@code loads} are the operands read element by element, each at the loop's
 *       position (flat: the same index as the result; rows: {@code row * stride + e}, where the
 *       stride is the row length, or 0 for one row shared by every row); {@code scalars} are
 *       operands that are single numbers, read once;
 *   <li>the element expression tree ({@link LoopExpr}), whose nodes' levels say which values are
 *       hoisted: {@link LoopExpr.Level#CALL} ones before the nest, {@link LoopExpr.Level#ROW} ones
 *       (row reductions and values made of them) once per row;
 *   <li>the store: the result's element at the loop's position, into {@code out} or a new array;
 *   <li>what an emitter needs to schedule a row: its {@link RowForm}, the {@code blocks} where the
 *       loop is split for a block kernel (post-order), the operands whose row mean and variance are
 *       taken ({@code varianceOperands}), and the reductions over computed terms that need a
 *       row-sized buffer ({@code bufferedReductions}).
 * </ul>
 *
 * @param named the nodes that are the inlined bodies of named definitions ({@code \mu}), by identity,
 *     so their locals keep the paper's names
 */
public record FusedLoop(Nest nest, List<String> loads, List<String> scalars, LoopExpr result, int resultRank,
        Map<LoopExpr, Definition> named, RowForm rowForm, List<LoopExpr.Call> blocks, List<String> varianceOperands,
        List<LoopExpr.RowReduce> bufferedReductions) {

    public FusedLoop {
        loads = List.copyOf(loads);
        scalars = List.copyOf(scalars);
        named = Collections.unmodifiableMap(new IdentityHashMap<>(named));
        blocks = List.copyOf(blocks);
        varianceOperands = List.copyOf(varianceOperands);
        bufferedReductions = List.copyOf(bufferedReductions);
    }

    /** The loop nest. */
    public sealed interface Nest {
        /** One loop over the elements; every load has the result's shape. */
        record Flat() implements Nest {}

        /** A loop over rows of {@code rowLength}, and within a row, over its elements. */
        record Rows(Dim rowLength) implements Nest {}
    }

    /** How a row's work is laid out (row-wise nests only). */
    public sealed interface RowForm {
        /** The row's statistics first, then its elements. */
        record General() implements RowForm {}

        /**
         * {@code exp(z_i - logsumexp(z))}, a spelled-out softmax: the max-shifted exponentials go
         * straight into the output and are scaled by one reciprocal of their sum.
         */
        record Softmax(String operand) implements RowForm {}

        /**
         * A normalisation row ({@link ScaleShiftForm}): statistics, then one SIMD pass.
         * {@code statisticsAreSumsOfX}: every statistic is a sum over the form's {@code x}, so the
         * next row's sums can be gathered during this row's pass.
         */
        record ScaleShift(ScaleShiftForm form, boolean statisticsAreSumsOfX) implements RowForm {}
    }

    public boolean rowWise() {
        return nest instanceof Nest.Rows;
    }

    /** The row length of a row-wise nest. */
    public Dim rowLength() {
        return ((Nest.Rows) nest).rowLength();
    }
}
