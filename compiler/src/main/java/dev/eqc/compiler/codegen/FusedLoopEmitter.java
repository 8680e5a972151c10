package dev.eqc.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.codegen.FusionPlan.Binary;
import dev.eqc.compiler.codegen.FusionPlan.Compare;
import dev.eqc.compiler.codegen.FusionPlan.Element;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.LoopForm;
import dev.eqc.compiler.builtin.ScalarForm;
import dev.eqc.compiler.codegen.FusionPlan.Function;
import dev.eqc.compiler.codegen.FusionPlan.Fx;
import dev.eqc.compiler.codegen.FusionPlan.Level;
import dev.eqc.compiler.codegen.FusionPlan.MinMax;
import dev.eqc.compiler.codegen.FusionPlan.Negate;
import dev.eqc.compiler.codegen.FusionPlan.Number;
import dev.eqc.compiler.codegen.FusionPlan.Power;
import dev.eqc.compiler.codegen.FusionPlan.RowReduce;
import dev.eqc.compiler.codegen.FusionPlan.ScalarParam;
import dev.eqc.compiler.codegen.FusionPlan.Select;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Emits a {@link FusionPlan} as the fast path of a method: a guard (every operand in the
 * class's precision; every tensor the result's shape, one shared row, or a single number),
 * then one loop over memory that computes the whole definition with no intermediate tensor.
 *
 * <p>The loop runs on the shared pool ({@code Parallel.forRange}) in contiguous ranges. Inside,
 * arithmetic is plain Java over the arrays, which the JIT vectorises; {@code exp}, {@code
 * log}, {@code tanh}, {@code sigmoid} and {@code erf} are computed over a whole block at a time
 * by {@code VecMath} into a small scratch array, so the loop is split there. A row-wise plan
 * (one with reductions) walks rows: it computes the row's sums first, in double, then the
 * row's elements; a normalisation row whose sums are all over its operand gathers the next
 * row's sums during this row's element pass instead. Values fixed for the call or the row are hoisted out of the loops. Each loop
 * carries the LaTeX it computes as a comment.
 */
final class FusedLoopEmitter {
    private static final ClassName PARALLEL = ClassName.get("dev.eqc.runtime", "Parallel");
    private static final ClassName FUSED = ClassName.get("dev.eqc.runtime", "Fused");
    private static final ClassName VEC_MATH = ClassName.get("dev.eqc.runtime", "VecMath");

    private final FusionPlan plan;
    /** The method's {@code out} parameter: the tensor to write into, or null for a new one. */
    private final String outParam;
    private final JavaNames locals;
    private final SourceFile source;
    private final boolean single;
    private final String elem;
    private final java.util.function.Function<dev.eqc.compiler.term.Dim, CodeBlock> sizes;

    /** Java names: arrays of element parameters, values of scalar parameters, row offsets. */
    private final Map<String, String> arrays = new LinkedHashMap<>();
    private final Map<String, String> scalarValues = new LinkedHashMap<>();
    private final Map<String, String> offsets = new LinkedHashMap<>();
    /** Hoisted values: double locals, and their element-type copies. */
    private final Map<Fx, String> doubles = new IdentityHashMap<>();
    private final Map<Fx, String> elems = new IdentityHashMap<>();
    /** Block functions, each with its scratch array. */
    private final Map<Fx, String> scratch = new IdentityHashMap<>();
    private final List<Fx> scratchOrder = new ArrayList<>();
    private final Map<Fx, String> reduceBuffers = new IdentityHashMap<>();
    /** Reciprocals of per-call or per-row divisors: one division there, a multiplication per element. */
    private final Map<Fx, String> reciprocals = new IdentityHashMap<>();
    /** Operands with a row variance in the plan, and the locals of their mean and variance once computed. */
    private final java.util.Set<String> varianceOperands = new java.util.HashSet<>();
    private final Map<String, String[]> rowMoments = new java.util.HashMap<>();
    private String momentsBuffer;
    /**
     * For a normalisation row whose statistics are all sums over its operand {@code x}: the
     * buffer of x's shifted sums ({@code Fused.shiftedSums}), filled for each next row while the
     * row's element pass runs; null otherwise. With it, the names of the row index, the range's
     * end and x's row stride.
     */
    private String rowSums;
    private String rowIndex;
    private String rangeEnd;
    private String xStride;
    private String elementIndex;
    /** Element values of inlined definitions, declared as locals in the loop being written. */
    private final Map<Fx, String> loopLocals = new IdentityHashMap<>();
    /** The offset expression used for every operand in a flat loop. */
    private String flatOffset;

    FusedLoopEmitter(FusionPlan plan, JavaNames locals, SourceFile source, Precision precision,
            java.util.function.Function<dev.eqc.compiler.term.Dim, CodeBlock> sizes, String outParam) {
        this.outParam = outParam;
        this.plan = plan;
        this.locals = locals;
        this.source = source;
        this.single = precision == Precision.FLOAT;
        this.elem = single ? "float" : "double";
        this.sizes = sizes;
    }

    CodeBlock emit(String latex) {
        CodeBlock.Builder b = CodeBlock.builder();
        String dtype = single ? "FLOAT32" : "FLOAT64";
        List<String> tensors = new ArrayList<>(plan.elementParams);
        tensors.addAll(plan.scalarParams);
        CodeBlock all = join(tensors);
        CodeBlock guard = CodeBlock.of("$T.allOf($T.$L, $L)", FUSED, RuntimeTypes.DTYPE, dtype, all);
        if (!plan.scalarParams.isEmpty()) {
            guard = CodeBlock.of("$L && $T.singleNumbers($L)", guard, FUSED, join(plan.scalarParams));
        }
        if (!plan.rowWise() && plan.elementParams.size() > 1) {
            guard = CodeBlock.of("$L && $T.sameShapes($L)", guard, FUSED, join(plan.elementParams));
        }
        b.add("// Fast path: the whole definition in one pass over memory, with no intermediate tensor, when\n");
        b.add("// every operand is $L and $L.\n", dtype, plan.rowWise()
                ? "is the result's shape, one row shared by all rows, or a single number"
                : "has the result's shape or is a single number");
        b.beginControlFlow("if ($L)", guard);
        for (String p : plan.elementParams) {
            arrays.put(p, locals.allocate(p + "s"));
        }
        for (String p : plan.scalarParams) {
            scalarValues.put(p, locals.allocate(p + "Value"));
        }
        if (plan.rowWise()) {
            emitRows(b, latex);
        } else {
            emitFlat(b, latex);
        }
        b.endControlFlow();
        return b.build();
    }

    // ---- flat: every operand has the result's shape ----------------------------------------

    private void emitFlat(CodeBlock.Builder b, String latex) {
        String first = plan.elementParams.get(0);
        declareInputs(b);
        hoistCallLevel(b, plan.root);
        String out = locals.allocate("result");
        b.addStatement("$L[] $N = $T.$L($N, $N.shape())", elem, out, FUSED, single ? "floatsInto" : "doublesInto",
                outParam, first);
        collectScratch(plan.root);
        String lo = locals.allocate("lo");
        String hi = locals.allocate("hi");
        elementIndex = locals.allocate("e");
        b.add("// $L\n", Javadocs.text(latex));
        b.add("$T.forRange($N.length, $LL, $T.BLOCK, ($N, $N) -> {\n", PARALLEL, out, cost(plan.root), FUSED, lo, hi);
        b.indent();
        if (scratchOrder.isEmpty()) {
            flatOffset = null;
            b.beginControlFlow("for (int $N = $N; $N < $N; $N++)", elementIndex, lo, elementIndex, hi, elementIndex);
            newLoopBody();
            declareNamedChildren(b, plan.root);
            b.addStatement("$N[$N] = $L", out, elementIndex, element(plan.root));
            b.endControlFlow();
        } else {
            for (Fx f : scratchOrder) {
                if (f != plan.root) {
                    b.addStatement("$L[] $N = new $L[$T.BLOCK]", elem, scratch.get(f), elem, FUSED);
                }
            }
            String start = locals.allocate("start");
            String n = locals.allocate("n");
            flatOffset = start;
            b.beginControlFlow("for (int $N = $N; $N < $N; $N += $T.BLOCK)", start, lo, start, hi, start, FUSED);
            b.addStatement("int $N = $T.min($T.BLOCK, $N - $N)", n, RuntimeTypes.MATH, FUSED, hi, start);
            for (Fx f : scratchOrder) {
                if (f != plan.root) {
                    blockFunction(b, f, n);
                }
            }
            finalLoop(b, out, CodeBlock.of("$N", start), CodeBlock.of("$N", n));
            b.endControlFlow();
        }
        b.unindent();
        b.add("});\n");
        b.addStatement("return $T.result($N, $N.shape(), $N)", FUSED, out, first, outParam);
    }

    // ---- row-wise: reductions along the row, then the row's elements ------------------------

    private void emitRows(CodeBlock.Builder b, String latex) {
        CodeBlock rowLength = sizes.apply(plan.rowLength);
        String widest = locals.allocate("rows");
        b.addStatement("$T $N = $T.widest($L)", RuntimeTypes.TENSOR, widest, FUSED, join(plan.elementParams));
        Map<String, String> strides = new LinkedHashMap<>();
        for (String p : plan.elementParams) {
            String s = locals.allocate(p + "Stride");
            strides.put(p, s);
            b.addStatement("int $N = $T.rowStride($N, $N, $L)", s, FUSED, p, widest, rowLength);
        }
        CodeBlock ok = strides.values().stream().map(s -> CodeBlock.of("$N >= 0", s)).collect(CodeBlock.joining(" && "));
        b.beginControlFlow("if ($L)", ok);
        declareInputs(b);
        hoistCallLevel(b, plan.root);
        String out = locals.allocate("result");
        String count = locals.allocate("rowCount");
        b.addStatement("$L[] $N = $T.$L($N, $N.shape())", elem, out, FUSED, single ? "floatsInto" : "doublesInto",
                outParam, widest);
        b.addStatement("int $N = $L == 0 ? 0 : $N.length / $L", count, rowLength, out, rowLength);
        collectScratch(plan.root);
        String lo = locals.allocate("lo");
        String hi = locals.allocate("hi");
        String row = locals.allocate("row");
        elementIndex = locals.allocate("e");
        b.add("// $L\n", Javadocs.text(latex));
        b.add("$T.forRange($N, $LL * $L, ($N, $N) -> {\n", PARALLEL, count, cost(plan.root), rowLength, lo, hi);
        b.indent();
        for (Fx f : scratchOrder) {
            if (f != plan.root) {
                b.addStatement("$L[] $N = new $L[$L]", elem, scratch.get(f), elem, rowLength);
            }
        }
        collectReduceBuffers(plan.root);
        collectVarianceOperands(plan.root);
        java.util.Optional<ScaleShiftForm> scaleShift = ScaleShiftForm.of(plan.root);
        String softmaxOf = softmaxOperand();
        String pipelined = softmaxOf == null && scaleShift.isPresent() ? pipelinedOperand(scaleShift.get()) : null;
        if (pipelined != null) {
            rowSums = locals.allocate("sums");
            rowIndex = row;
            rangeEnd = hi;
            xStride = strides.get(pipelined);
            b.addStatement("double[] $N = new double[3]", rowSums);
            b.add("// the sums $L's statistics come from, for the first row; each row's pass below reads the\n",
                    pipelined);
            b.add("// next row's while it writes this one (one stream of loads and one of stores at once)\n");
            b.addStatement("$T.shiftedSums($N, $N * $N, $L, $N)", FUSED, arrays.get(pipelined), lo, xStride,
                    rowLength, rowSums);
        } else if (!varianceOperands.isEmpty()) {
            momentsBuffer = locals.allocate("moments");
            b.addStatement("double[] $N = new double[2]", momentsBuffer);
        }
        for (String buffer : reduceBuffers.values()) {
            b.addStatement("$L[] $N = new $L[$L]", elem, buffer, elem, rowLength);
        }
        b.beginControlFlow("for (int $N = $N; $N < $N; $N++)", row, lo, row, hi, row);
        for (String p : plan.elementParams) {
            String off = locals.allocate(p + "Row");
            offsets.put(p, off);
            b.addStatement("int $N = $N * $N", off, row, strides.get(p));
        }
        String outOff = locals.allocate("outRow");
        b.addStatement("int $N = $N * $L", outOff, row, rowLength);
        CodeBlock n = rowLength;
        if (softmaxOf != null) {
            softmaxRow(b, softmaxOf, out, outOff, n);
        } else if (scaleShift.isPresent()) {
            scaleShiftRow(b, scaleShift.get(), out, outOff, n);
        } else {
            prepareRowValues(b, plan.root, n);
            for (Fx f : scratchOrder) {
                if (!insideReduction(f) && f != plan.root) {
                    blockFunction(b, f, n);
                }
            }
            finalLoop(b, out, CodeBlock.of("$N", outOff), n);
        }
        b.endControlFlow();
        b.unindent();
        b.add("});\n");
        b.addStatement("return $T.result($N, $N.shape(), $N)", FUSED, out, widest, outParam);
        b.endControlFlow();
    }

    /**
     * The operand {@code z} when the whole body is {@code exp(z_i - logsumexp_j z_j)}, the form
     * a spelled-out softmax is stabilised into; else null.
     */
    private String softmaxOperand() {
        if (plan.root instanceof Function fn && fn.fn() == Builtin.EXP && fn.arg() instanceof Binary bin
                && bin.op() == '-' && bin.left() instanceof Element z && bin.right() instanceof RowReduce r
                && r.op().equals("logsumexp") && r.body() instanceof Element same && same.param().equals(z.param())) {
            return z.param();
        }
        return null;
    }

    /**
     * A softmax row with one exp per element: the max-shifted exponentials go straight into the
     * output, their sum (in double) gives one reciprocal, and the row is scaled by it. Equal to
     * {@code exp(z_i - logsumexp(z))}, which would take exp twice.
     */
    private void softmaxRow(CodeBlock.Builder b, String z, String out, String outOff, CodeBlock n) {
        String zs = arrays.get(z);
        String zOff = offsets.get(z);
        String max = locals.allocate("max");
        String inv = locals.allocate("invSum");
        b.add("// $L\n", Javadocs.text(latexOf(plan.root)));
        b.add("// as exp(z - max z) / sum of exp(z - max z): one exp per element, never overflowing\n");
        b.addStatement("double $N = $T.max($N, $N, $L)", max, FUSED, zs, zOff, n);
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", elementIndex, elementIndex, n, elementIndex);
        b.addStatement("$N[$N + $N] = $N[$N + $N] - ($L) $N", out, outOff, elementIndex, zs, zOff, elementIndex, elem, max);
        b.endControlFlow();
        b.addStatement("$T.exp($N, $N, $L)", VEC_MATH, out, outOff, n);
        b.addStatement("$L $N = ($L) (1.0 / $T.sum($N, $N, $L))", elem, inv, elem, FUSED, out, outOff, n);
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", elementIndex, elementIndex, n, elementIndex);
        b.addStatement("$N[$N + $N] *= $N", out, outOff, elementIndex, inv);
        b.endControlFlow();
    }

    /**
     * A normalisation row, {@code ((x - shift) * scale) * mul + add}: the row's statistics first,
     * then one {@code Fused.scaleShift} call, which runs the element pass in SIMD lanes.
     */
    private void scaleShiftRow(CodeBlock.Builder b, ScaleShiftForm form, String out, String outOff, CodeBlock n) {
        List<Fx> rowValues = new ArrayList<>();
        if (form.shift() != null) {
            rowValues.add(form.shift()); // first, so the locals read in the order of the formula
        }
        rowValues.addAll(form.factors());
        rowValues.addAll(form.divisors());
        for (Fx f : rowValues) {
            if (FusionPlan.level(f) == Level.ROW) {
                ensureRowValue(b, f, n);
            }
        }
        String cast = single ? "(float) " : "";
        b.add("// $L\n", Javadocs.text(latexOf(plan.root)));
        b.add("// as ((x - shift) * scale)$L$L: one SIMD pass over the row$L\n",
                form.mul() == null ? "" : " * " + form.mul(), form.add() == null ? "" : " + " + form.add(),
                rowSums == null ? "" : ", which also sums the next row");
        String shift = locals.allocate("shift");
        b.addStatement("$L $N = $L", elem, shift,
                form.shift() == null ? literal(0.0) : CodeBlock.of("$L$L", cast, scalar(form.shift())));
        CodeBlock scale = null;
        for (Fx f : form.factors()) {
            scale = scale == null ? scalar(f) : CodeBlock.of("$L * $L", scale, scalar(f));
        }
        for (Fx f : form.divisors()) {
            scale = CodeBlock.of("$L / $L", scale == null ? CodeBlock.of("1.0") : scale, scalar(f));
        }
        String scaleName = locals.allocate("scale");
        b.addStatement("$L $N = $L", elem, scaleName,
                scale == null ? literal(1.0) : CodeBlock.of("$L($L)", cast, scale));
        if (rowSums != null) {
            String xRow = offsets.get(form.x());
            b.addStatement("$T.scaleShiftThenSums($N, $N, $N, $N, $L, $N, $N, $L, $L, $N + 1 < $N ? $N + $N : -1, $N)",
                    FUSED, out, outOff, arrays.get(form.x()), xRow, n, shift, scaleName, operandRange(form.mul()),
                    operandRange(form.add()), rowIndex, rangeEnd, xRow, xStride, rowSums);
        } else {
            b.addStatement("$T.scaleShift($N, $N, $N, $N, $L, $N, $N, $L, $L)", FUSED, out, outOff,
                    arrays.get(form.x()), offsets.get(form.x()), n, shift, scaleName,
                    operandRange(form.mul()), operandRange(form.add()));
        }
    }

    /**
     * The operand {@code x} of a float normalisation row {@code ((x - shift) * scale) * mul + add}
     * when every statistic of the row is a sum over x itself ({@code sum x}, {@code mean x},
     * {@code Var(x)}, {@code sum (x - c)^2}, {@code sum x^2}): all of them then follow from x's
     * shifted sums, which {@code Fused.scaleShiftThenSums} gathers for the next row during this
     * row's element pass. Null when any statistic reads something else, or in double precision.
     */
    private String pipelinedOperand(ScaleShiftForm form) {
        return single && containsReduction(plan.root) && onlySumsOf(plan.root, form.x()) ? form.x() : null;
    }

    private static boolean containsReduction(Fx f) {
        return f instanceof RowReduce || children(f).stream().anyMatch(FusedLoopEmitter::containsReduction);
    }

    private static boolean onlySumsOf(Fx f, String x) {
        if (f instanceof RowReduce r) {
            Element squared = squaredOperand(r);
            if (squared != null) {
                Power p = (Power) r.body();
                return squared.param().equals(x)
                        && (p.base() instanceof Element || onlySumsOf(((Binary) p.base()).right(), x));
            }
            return (r.op().equals("sum") || r.op().equals("mean") || r.op().equals("var"))
                    && r.body() instanceof Element e && e.param().equals(x);
        }
        for (Fx child : children(f)) {
            if (!onlySumsOf(child, x)) {
                return false;
            }
        }
        return true;
    }

    private CodeBlock operandRange(String param) {
        return param == null ? CodeBlock.of("null, 0") : CodeBlock.of("$N, $N", arrays.get(param), offsets.get(param));
    }

    /**
     * For a reduction whose terms are {@code x_i^2} or {@code (x_i - c)^2} with {@code c} fixed for
     * the row: the operand; the runtime sums those squares straight from it, in double.
     */
    private static Element squaredOperand(RowReduce r) {
        if (!(r.op().equals("sum") || r.op().equals("mean")) || !(r.body() instanceof Power p)
                || !(p.exponent() instanceof Number k) || k.literal() == null || k.literal() != 2.0) {
            return null;
        }
        if (p.base() instanceof Element e) {
            return e;
        }
        if (p.base() instanceof Binary d && d.op() == '-' && d.left() instanceof Element e
                && FusionPlan.level(d.right()) != Level.ELEMENT) {
            return e;
        }
        return null;
    }

    /** Declares, in dependency order, every row-level value that the element code of {@code f} needs. */
    private void prepareRowValues(CodeBlock.Builder b, Fx f, CodeBlock n) {
        Level level = FusionPlan.level(f);
        if (level == Level.ROW) {
            ensureRowValue(b, f, n);
        } else if (level == Level.ELEMENT) {
            for (Fx child : children(f)) {
                prepareRowValues(b, child, n);
            }
            boolean divisorRow = f instanceof Binary bin && bin.op() == '/'
                    && FusionPlan.level(bin.right()) == Level.ROW;
            if (single && divisorRow && !reciprocals.containsKey(((Binary) f).right())) {
                Fx right = ((Binary) f).right();
                String inv = locals.allocate("inv" + capitalize(doubles.get(right)));
                b.addStatement("float $N = (float) (1.0 / $N)", inv, doubles.get(right));
                reciprocals.put(right, inv);
            }
            if (single) {
                // Row values the element loop reads get a float copy here, so the loop body is all
                // float (a double-to-float conversion inside it can keep the JIT from vectorising).
                for (Fx child : children(f)) {
                    boolean asReciprocal = divisorRow && child == ((Binary) f).right();
                    if (FusionPlan.level(child) == Level.ROW && !asReciprocal && !elems.containsKey(child)
                            && !loopLocals.containsKey(child)) {
                        String d = doubles.get(child);
                        String name = locals.allocate(d + "F");
                        b.addStatement("float $N = (float) $N", name, d);
                        elems.put(child, name);
                    }
                }
            }
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Declares a double local for a row-level value: a reduction, or arithmetic on reductions. */
    private void ensureRowValue(CodeBlock.Builder b, Fx f, CodeBlock n) {
        if (doubles.containsKey(f)) {
            return;
        }
        if (!(f instanceof RowReduce r)) {
            declareRowParts(b, f, n);
            String name = locals.allocate(localName(f, "r"));
            b.add("// $L\n", Javadocs.text(comment(f)));
            b.addStatement("double $N = $L", name, scalar(f));
            doubles.put(f, name);
            return;
        }
        Element squared = squaredOperand(r);
        if (squared != null) {
            Power p = (Power) r.body();
            CodeBlock center = CodeBlock.of("0.0");
            if (p.base() instanceof Binary d) {
                if (FusionPlan.level(d.right()) == Level.ROW) {
                    ensureRowValue(b, d.right(), n);
                }
                center = scalar(d.right());
            }
            b.add("// $L\n", Javadocs.text(latexOf(r)));
            String name = locals.allocate(r.op());
            CodeBlock per = r.op().equals("mean") ? CodeBlock.of(" / $L", n) : CodeBlock.of("");
            if (rowSums != null) {
                b.addStatement("double $N = $T.squaredDeviationsOf($N, $L, $L)$L", name, FUSED, rowSums, n, center, per);
            } else {
                b.addStatement("double $N = $T.sumSquaredDeviations($N, $N, $L, $L)$L", name, FUSED,
                        arrays.get(squared.param()), offsets.get(squared.param()), n, center, per);
            }
            doubles.put(f, name);
            return;
        }
        if (rowSums != null) {
            // A sum, mean or variance of the row's operand, read off its shifted sums.
            String name = locals.allocate(r.op());
            b.add("// $L\n", Javadocs.text(latexOf(r)));
            switch (r.op()) {
                case "sum" -> b.addStatement("double $N = $T.sumOf($N, $L)", name, FUSED, rowSums, n);
                case "mean" -> b.addStatement("double $N = $T.meanOf($N, $L)", name, FUSED, rowSums, n);
                case "var" -> b.addStatement("double $N = $T.varianceOf($N, $L)", name, FUSED, rowSums, n);
                default -> throw new AssertionError(r.op());
            }
            doubles.put(f, name);
            return;
        }
        prepareRowValues(b, r.body(), n);
        for (Fx s : scratchOrder) {
            if (within(r.body(), s)) {
                blockFunction(b, s, n);
            }
        }
        if ((r.op().equals("mean") || r.op().equals("var")) && r.body() instanceof Element e
                && varianceOperands.contains(e.param())) {
            String[] both = rowMoments.get(e.param());
            if (both == null) {
                b.add("// mean and variance of $L along the row, in one pass\n", Javadocs.text(latexOf(r.body())));
                b.addStatement("$T.meanAndVariance($N, $N, $L, $N)", FUSED, arrays.get(e.param()),
                        offsets.get(e.param()), n, momentsBuffer);
                both = new String[] {locals.allocate("mean"), locals.allocate("var")};
                b.addStatement("double $N = $N[0]", both[0], momentsBuffer);
                b.addStatement("double $N = $N[1]", both[1], momentsBuffer);
                rowMoments.put(e.param(), both);
            }
            doubles.put(f, r.op().equals("mean") ? both[0] : both[1]);
            return;
        }
        b.add("// $L$L\n", r.op().equals("logsumexp") ? "log of " : "", Javadocs.text(latexOf(r)));
        if (r.op().equals("logsumexp")) {
            b.add("// (stably: the row's largest value is taken out before exp)\n");
        }
        String name = locals.allocate(r.op());
        CodeBlock range;
        if (r.body() instanceof Element e) {
            range = CodeBlock.of("$N, $N, $L", arrays.get(e.param()), offsets.get(e.param()), n);
        } else {
            String buffer = reduceBuffers.get(r);
            b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", elementIndex, elementIndex, n, elementIndex);
            newLoopBody();
            declareNamedElements(b, r.body());
            b.addStatement("$N[$N] = $L", buffer, elementIndex, element(r.body()));
            b.endControlFlow();
            range = CodeBlock.of("$N, 0, $L", buffer, n);
        }
        switch (r.op()) {
            case "sum" -> b.addStatement("double $N = $T.sum($L)", name, FUSED, range);
            case "max" -> b.addStatement("double $N = $T.max($L)", name, FUSED, range);
            case "min" -> b.addStatement("double $N = $T.min($L)", name, FUSED, range);
            case "logsumexp" -> b.addStatement("double $N = $T.logSumExp($L)", name, FUSED, range);
            case "mean" -> b.addStatement("double $N = $T.sum($L) / $L", name, FUSED, range, n);
            case "var" -> {
                // Of computed terms (the variance of an operand came from meanAndVariance above):
                // their mean, then the squared deviations from it, over the buffer in L1.
                String mean = locals.allocate("mean");
                b.addStatement("double $N = $T.sum($L) / $L", mean, FUSED, range, n);
                b.addStatement("double $N = $T.sumSquaredDeviations($L, $N) / $L", name, FUSED, range, mean, n);
            }
            default -> throw new AssertionError(r.op());
        }
        doubles.put(f, name);
    }

    /** Declares the reductions and named values inside a row-level expression, which is then one line. */
    private void declareRowParts(CodeBlock.Builder b, Fx f, CodeBlock n) {
        for (Fx child : children(f)) {
            if (FusionPlan.level(child) != Level.ROW) {
                continue;
            }
            if (child instanceof RowReduce || plan.namedValues.containsKey(child)) {
                ensureRowValue(b, child, n);
            } else {
                declareRowParts(b, child, n);
            }
        }
    }

    private String localName(Fx f, String hint) {
        dev.eqc.compiler.term.Definition named = plan.namedValues.get(f);
        if (named != null) {
            return named.javaName();
        }
        if (f instanceof Function fn) {
            return fn.name(); // sqrt(Var(x) + eps) is "sqrt", not a name made of its letters
        }
        return f instanceof Number || f instanceof ScalarParam ? BodyEmitter.localName(latexOf(f), hint) : hint;
    }

    private String comment(Fx f) {
        dev.eqc.compiler.term.Definition named = plan.namedValues.get(f);
        return named != null ? named.latexName() + " = " + latexOf(f) : latexOf(f);
    }

    /** Operands whose variance along the row the plan takes: their mean and variance come from one pass. */
    private void collectVarianceOperands(Fx f) {
        for (Fx child : children(f)) {
            collectVarianceOperands(child);
        }
        if (f instanceof RowReduce r && r.op().equals("var") && r.body() instanceof Element e) {
            varianceOperands.add(e.param());
        }
    }

    /** Reductions over computed terms (not a plain operand) need a row-sized array for them. */
    private void collectReduceBuffers(Fx f) {
        for (Fx child : children(f)) {
            collectReduceBuffers(child);
        }
        if (f instanceof RowReduce r && !(r.body() instanceof Element) && squaredOperand(r) == null
                && !reduceBuffers.containsKey(f)) {
            reduceBuffers.put(f, locals.allocate(r.op() + "Terms"));
        }
    }

    // ---- hoisting -------------------------------------------------------------------------

    private void declareInputs(CodeBlock.Builder b) {
        for (Map.Entry<String, String> a : arrays.entrySet()) {
            b.addStatement("$L[] $N = $N.$L()", elem, a.getValue(), a.getKey(), single ? "floatsView" : "doublesView");
        }
        for (Map.Entry<String, String> s : scalarValues.entrySet()) {
            b.addStatement("double $N = $N.getFlat(0)", s.getValue(), s.getKey());
        }
    }

    /**
     * Declares, before the loop, every call-level value the element code uses: compound
     * expressions once each (single parameters and constants are read in place), and for a
     * division by such a value, its reciprocal instead.
     */
    private void hoistCallLevel(CodeBlock.Builder b, Fx f) {
        Level level = FusionPlan.level(f);
        if (level == Level.CALL) {
            if (!(f instanceof Number || f instanceof ScalarParam) && !elems.containsKey(f)) {
                String name = locals.allocate(localName(f, "c"));
                b.add("// $L\n", Javadocs.text(comment(f)));
                b.addStatement("$L $N = $L$L", elem, name, single ? "(float) " : "", paren(scalar(f)));
                elems.put(f, name);
            }
            return;
        }
        if (level == Level.ROW && !(f instanceof RowReduce)) {
            // Computed once per row, in double, from its own parts; only the reductions inside
            // it have element loops that need call-level values.
            for (Fx child : children(f)) {
                if (FusionPlan.level(child) == Level.ROW) {
                    hoistCallLevel(b, child);
                }
            }
            return;
        }
        if (single && f instanceof Binary bin && bin.op() == '/' && FusionPlan.level(bin.left()) == Level.ELEMENT
                && FusionPlan.level(bin.right()) == Level.CALL) {
            hoistCallLevel(b, bin.left());
            if (!reciprocals.containsKey(bin.right())) {
                String inv = locals.allocate("inv");
                b.add("// 1 / ($L)\n", Javadocs.text(latexOf(bin.right())));
                b.addStatement("float $N = (float) (1.0 / $L)", inv, scalar(bin.right()));
                reciprocals.put(bin.right(), inv);
            }
            return;
        }
        for (Fx child : children(f)) {
            hoistCallLevel(b, child);
        }
    }

    private static CodeBlock paren(CodeBlock c) {
        return CodeBlock.of("($L)", c);
    }

    // ---- block functions -------------------------------------------------------------------

    private void collectScratch(Fx f) {
        for (Fx child : children(f)) {
            collectScratch(child);
        }
        if (f instanceof Function fn && fn.fn().loopForm() == LoopForm.BLOCK
                && FusionPlan.level(f) == Level.ELEMENT && !scratch.containsKey(f)) {
            scratch.put(f, locals.allocate(fn.name() + "s"));
            scratchOrder.add(f);
        }
    }

    /**
     * The loop that writes the result. When the result is itself a block function (a softmax's
     * {@code exp}), its argument is written straight into the output, which the function then
     * overwrites in place: no scratch copy.
     */
    private void finalLoop(CodeBlock.Builder b, String out, CodeBlock offset, CodeBlock n) {
        if (plan.rowWise() || !scratchOrder.isEmpty()) {
            b.add("// $L\n", Javadocs.text(latexOf(plan.root)));
        }
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", elementIndex, elementIndex, n, elementIndex);
        newLoopBody();
        if (scratch.containsKey(plan.root)) {
            declareNamedElements(b, ((Function) plan.root).arg());
            b.addStatement("$N[$L + $N] = $L", out, offset, elementIndex, element(((Function) plan.root).arg()));
            b.endControlFlow();
            b.addStatement("$T.$N($N, $L, $L)", VEC_MATH, ((Function) plan.root).fn().blockKernel().method, out, offset, n);
            return;
        }
        declareNamedChildren(b, plan.root);
        b.addStatement("$N[$L + $N] = $L", out, offset, elementIndex, element(plan.root));
        b.endControlFlow();
    }

    /** Named locals for the parts of {@code f}, but not for {@code f} itself (it is the statement). */
    private void declareNamedChildren(CodeBlock.Builder b, Fx f) {
        for (Fx child : children(f)) {
            declareNamedElements(b, child);
        }
    }

    /**
     * Declares, inside a loop body, one local per inlined definition the expression uses
     * ({@code float m_t = ...;}), so the loop reads like the paper's steps.
     */
    private void declareNamedElements(CodeBlock.Builder b, Fx f) {
        if (FusionPlan.level(f) != Level.ELEMENT || loopLocals.containsKey(f) || scratch.containsKey(f)) {
            return;
        }
        for (Fx child : children(f)) {
            declareNamedElements(b, child);
        }
        dev.eqc.compiler.term.Definition named = plan.namedValues.get(f);
        if (named != null) {
            CodeBlock value = element(f);
            String name = locals.allocate(named.javaName());
            b.addStatement("$L $N = $L", elem, name, value);
            loopLocals.put(f, name);
        }
    }

    /** Starts a loop body: named locals of the previous loop are out of scope. */
    private void newLoopBody() {
        loopLocals.clear();
    }

    /** Fills the function's scratch array with its argument over the block, then applies it in place. */
    private void blockFunction(CodeBlock.Builder b, Fx f, Object n) {
        if (!(f instanceof Function fn) || !scratch.containsKey(f)) {
            return;
        }
        String buf = scratch.get(f);
        b.add("// $L\n", Javadocs.text(latexOf(f)));
        if (fn.fn() == Builtin.SIGMOID && latexOf(f).startsWith("\\tanh")) {
            b.add("// (as 1 + tanh(u) = 2 sigmoid(2u), or 1 - tanh(u) = 2 sigmoid(-2u): one exp, no cancellation)\n");
        }
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", elementIndex, elementIndex, n, elementIndex);
        newLoopBody();
        declareNamedElements(b, fn.arg());
        b.addStatement("$N[$N] = $L", buf, elementIndex, element(fn.arg()));
        b.endControlFlow();
        b.addStatement("$T.$N($N, 0, $L)", VEC_MATH, fn.fn().blockKernel().method, buf, n);
    }

    private boolean insideReduction(Fx s) {
        return insideReduction(plan.root, s, false);
    }

    private static boolean insideReduction(Fx f, Fx s, boolean inside) {
        if (f == s) {
            return inside;
        }
        for (Fx child : children(f)) {
            if (insideReduction(child, s, inside || f instanceof RowReduce)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Fx f, Fx s) {
        if (f == s) {
            return true;
        }
        if (f instanceof RowReduce) {
            return false; // its own scratch is filled when that reduction is emitted
        }
        for (Fx child : children(f)) {
            if (within(child, s)) {
                return true;
            }
        }
        return false;
    }

    // ---- expressions -----------------------------------------------------------------------

    /** Element-type code for the current element of {@code f}. */
    private CodeBlock element(Fx f) {
        String local = loopLocals.get(f);
        if (local != null) {
            return CodeBlock.of("$N", local);
        }
        Level level = FusionPlan.level(f);
        if (level != Level.ELEMENT) {
            if (f instanceof Number n && n.literal() != null) {
                return literal(n.literal());
            }
            String hoisted = elems.get(f);
            if (hoisted == null && (f instanceof Number || f instanceof ScalarParam)) {
                return single ? CodeBlock.of("(float) $L", scalar(f)) : scalar(f);
            }
            if (hoisted == null) {
                String d = doubles.get(f);
                if (d == null) {
                    throw new IllegalStateException("not hoisted: " + f);
                }
                return single ? CodeBlock.of("(float) $N", d) : CodeBlock.of("$N", d);
            }
            return CodeBlock.of("$N", hoisted);
        }
        String cast = single ? "(float) " : "";
        if (f instanceof Element e) {
            return CodeBlock.of("$N[$L]", arrays.get(e.param()), position(e.param()));
        }
        if (f instanceof Binary bin) {
            if (bin.op() == '/' && reciprocals.containsKey(bin.right())) {
                return CodeBlock.of("($L * $N)", element(bin.left()), reciprocals.get(bin.right()));
            }
            return CodeBlock.of("($L $L $L)", element(bin.left()), bin.op(), element(bin.right()));
        }
        if (f instanceof Negate n) {
            return CodeBlock.of("(-$L)", element(n.operand()));
        }
        if (f instanceof Power p) {
            return power(p);
        }
        if (f instanceof Function fn) {
            if (scratch.containsKey(f)) {
                return CodeBlock.of("$N[$N]", scratch.get(f), elementIndex);
            }
            return elementFunction(fn.fn(), element(fn.arg()));
        }
        if (f instanceof MinMax m) {
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.MATH, m.max() ? "max" : "min", element(m.left()), element(m.right()));
        }
        if (f instanceof Compare c) {
            return CodeBlock.of("($L $L $L ? $L : $L)", element(c.left()), c.op(), element(c.right()),
                    literal(1.0), literal(0.0));
        }
        if (f instanceof Select s) {
            return CodeBlock.of("($L != 0 ? $L : $L)", element(s.condition()), element(s.then()),
                    element(s.otherwise()));
        }
        throw new IllegalStateException("not an element expression: " + f);
    }

    /**
     * One element of an element-wise built-in outside a block ({@code x} in the element type), by
     * its table entry's loop form. Block kernels outside a block (a value the loop needs per
     * element but that is not in a scratch array) use their scalar form.
     */
    private CodeBlock elementFunction(Builtin fn, CodeBlock x) {
        String cast = single ? "(float) " : "";
        return switch (fn.loopForm()) {
            case BLOCK, SCALAR -> {
                ScalarForm form = fn.scalarForm().orElseThrow();
                yield form.keepsFloat() ? JavaMath.of(form, x) : CodeBlock.of("$L$L", cast, JavaMath.of(form, x));
            }
            case INLINE -> switch (fn.inlineForm()) {
                case RELU -> CodeBlock.of("$T.max($L, $L)", RuntimeTypes.MATH, x, literal(0.0));
                case LEAKY_RELU -> CodeBlock.of("($L > 0 ? $L : $L * $L)", x, x, literal(0.01), x);
                case SOFTPLUS -> CodeBlock.of("$L($T.log1p($T.exp(-$T.abs($L))) + $T.max($L, 0.0))",
                        cast, RuntimeTypes.MATH, RuntimeTypes.MATH, RuntimeTypes.MATH, x, RuntimeTypes.MATH, x);
                case LOG2 -> CodeBlock.of("$L($T.log($L) / $T.log(2.0))", cast, RuntimeTypes.MATH, x, RuntimeTypes.MATH);
            };
            case EXPANDED -> throw new IllegalStateException("the planner expands " + fn + " before emission");
        };
    }

    private CodeBlock power(Power p) {
        CodeBlock x = element(p.base());
        if (p.exponent() instanceof Number n && n.literal() != null) {
            double k = n.literal();
            if (k == 1) {
                return x;
            }
            if (k == 2) {
                return CodeBlock.of("($L * $L)", x, x);
            }
            if (k == 3) {
                return CodeBlock.of("($L * $L * $L)", x, x, x);
            }
            if (k == 4) {
                return CodeBlock.of("(($L * $L) * ($L * $L))", x, x, x, x);
            }
            if (k == 0.5) {
                return CodeBlock.of("$LMath.sqrt($L)", single ? "(float) " : "", x);
            }
            if (k == -1) {
                return CodeBlock.of("($L / $L)", literal(1.0), x);
            }
        }
        return CodeBlock.of("$LMath.pow($L, $L)", single ? "(float) " : "", x, element(p.exponent()));
    }

    private static CodeBlock math(String method, CodeBlock x) {
        return CodeBlock.of("$T.$L($L)", RuntimeTypes.MATH, method, x);
    }

    private CodeBlock position(String param) {
        if (plan.rowWise()) {
            return CodeBlock.of("$N + $N", offsets.get(param), elementIndex);
        }
        return flatOffset == null ? CodeBlock.of("$N", elementIndex) : CodeBlock.of("$N + $N", flatOffset, elementIndex);
    }

    /** Double code for a value fixed for the call or the row. */
    private CodeBlock scalar(Fx f) {
        String d = doubles.get(f);
        if (d != null) {
            return CodeBlock.of("$N", d);
        }
        if (f instanceof Number n) {
            return n.code();
        }
        if (f instanceof ScalarParam sp) {
            return CodeBlock.of("$N", scalarValues.get(sp.param()));
        }
        if (f instanceof Binary bin) {
            return CodeBlock.of("($L $L $L)", scalar(bin.left()), bin.op(), scalar(bin.right()));
        }
        if (f instanceof Negate n) {
            return CodeBlock.of("(-$L)", scalar(n.operand()));
        }
        if (f instanceof Power p) {
            return CodeBlock.of("$T.pow($L, $L)", RuntimeTypes.MATH, scalar(p.base()), scalar(p.exponent()));
        }
        if (f instanceof Function fn) {
            return JavaMath.of(fn.fn().scalarForm().orElseThrow(), scalar(fn.arg()));
        }
        if (f instanceof MinMax m) {
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.MATH, m.max() ? "max" : "min", scalar(m.left()), scalar(m.right()));
        }
        if (f instanceof Compare c) {
            return CodeBlock.of("($L $L $L ? 1.0 : 0.0)", scalar(c.left()), c.op(), scalar(c.right()));
        }
        if (f instanceof Select s) {
            return CodeBlock.of("($L != 0 ? $L : $L)", scalar(s.condition()), scalar(s.then()), scalar(s.otherwise()));
        }
        throw new IllegalStateException("not a scalar: " + f);
    }

    private CodeBlock literal(double v) {
        CodeBlock text = FusionPlan.literal(v);
        if (!single) {
            return text;
        }
        if (FusionPlan.named(v)) {
            return CodeBlock.of("(float) $L", text);
        }
        return CodeBlock.of("$Lf", Float.toString((float) v));
    }

    /** Rough element operations per element, for the pool's split decision. */
    private static long cost(Fx f) {
        long own = f instanceof Function ? 20 : 1;
        for (Fx c : children(f)) {
            own += cost(c);
        }
        return own;
    }

    static List<Fx> children(Fx f) {
        if (f instanceof Binary b) {
            return List.of(b.left(), b.right());
        }
        if (f instanceof Power p) {
            return List.of(p.base(), p.exponent());
        }
        if (f instanceof Negate n) {
            return List.of(n.operand());
        }
        if (f instanceof Function fn) {
            return List.of(fn.arg());
        }
        if (f instanceof MinMax m) {
            return List.of(m.left(), m.right());
        }
        if (f instanceof Compare c) {
            return List.of(c.left(), c.right());
        }
        if (f instanceof Select s) {
            return List.of(s.condition(), s.then(), s.otherwise());
        }
        if (f instanceof RowReduce r) {
            return List.of(r.body());
        }
        return List.of();
    }

    private String latexOf(Fx f) {
        return source.slice(f.origin().span()).replaceAll("\\s+", " ").strip();
    }

    private static CodeBlock join(List<String> names) {
        return names.stream().map(n -> CodeBlock.of("$N", n)).collect(CodeBlock.joining(", "));
    }
}
