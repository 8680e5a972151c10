package dev.eqc.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.fusion.FusedLoop;
import dev.eqc.compiler.fusion.LoopExpr;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import dev.eqc.compiler.fusion.LoopExpr.RowReduce;
import dev.eqc.compiler.fusion.ScaleShiftForm;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Prints a {@link FusedLoop} as the fast path of a method: a guard (every operand in the class's
 * precision; every load the result's shape, one shared row, or a single number), then the loop
 * nest, which computes the whole definition with no intermediate tensor and stores into
 * {@code out} (or a new array).
 *
 * <p>The nest runs on the shared pool ({@code Parallel.forRange}) in contiguous ranges. Inside,
 * arithmetic is plain Java over the arrays, which the JIT vectorises; block kernels ({@code exp},
 * {@code log}, {@code tanh}, {@code sigmoid}, {@code erf}) are computed over a whole block at a
 * time by {@code VecMath} into a small scratch array, so the loop is split there. A row-wise nest
 * computes the row's statistics first ({@link RowValueEmitter}), then the row's elements, as the
 * loop's {@link FusedLoop.RowForm} says. Values fixed for the call are hoisted out of the nest.
 * Each loop carries the LaTeX it computes as a comment. Expressions are printed by {@link LoopCode}.
 */
final class FusedLoopEmitter {
    private static final ClassName PARALLEL = ClassName.get("dev.eqc.runtime", "Parallel");
    private static final ClassName FUSED = ClassName.get("dev.eqc.runtime", "Fused");
    private static final ClassName VEC_MATH = ClassName.get("dev.eqc.runtime", "VecMath");

    private final FusedLoop loop;
    private final LoopCode code;
    private final RowValueEmitter rows;
    /** The method's {@code out} parameter: the tensor to write into, or null for a new one. */
    private final String outParam;
    /** The block kernels' calls, in the order their scratch arrays are filled. */
    private final List<LoopExpr.Call> blocks;
    /**
     * For an update rule's step ({@link UpdateRule}): the other states, each written into the array
     * of its previous value's operand as soon as the element's values are known; null otherwise.
     * The result goes into {@code outParam}, and the method returns nothing.
     */
    private Map<Definition, String> stepStores;

    FusedLoopEmitter(FusedLoop loop, JavaNames locals, SourceFile source, Precision precision,
            Function<Dim, CodeBlock> sizes, String outParam) {
        this.loop = loop;
        this.code = new LoopCode(loop, locals, source, precision, sizes);
        this.rows = new RowValueEmitter(code, this);
        this.outParam = outParam;
        this.blocks = loop.blocks();
    }

    /**
     * Whether {@code loop} can run an update rule's step in one pass: a flat loop with no block
     * kernel, in which every state other than the result is an inlined named value and its previous
     * value is a load (so every element reads and writes only its own position).
     */
    static boolean canStep(FusedLoop loop, Map<Definition, String> otherStates) {
        if (loop.rowWise() || !loop.blocks().isEmpty()) {
            return false;
        }
        for (Map.Entry<Definition, String> s : otherStates.entrySet()) {
            if (!loop.named().containsValue(s.getKey()) || !loop.loads().contains(s.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The step's fast path: see {@link #stepStores}; {@link #canStep} must hold. */
    CodeBlock emitStep(String latex, Map<Definition, String> otherStates) {
        this.stepStores = otherStates;
        return emit(latex);
    }

    CodeBlock emit(String latex) {
        CodeBlock.Builder b = CodeBlock.builder();
        String dtype = code.single ? "FLOAT32" : "FLOAT64";
        List<String> tensors = new ArrayList<>(loop.loads());
        tensors.addAll(loop.scalars());
        CodeBlock guard = CodeBlock.of("$T.allOf($T.$L, $L)", FUSED, RuntimeTypes.DTYPE, dtype, join(tensors));
        if (!loop.scalars().isEmpty()) {
            guard = CodeBlock.of("$L && $T.singleNumbers($L)", guard, FUSED, join(loop.scalars()));
        }
        if (!loop.rowWise() && loop.loads().size() > 1) {
            guard = CodeBlock.of("$L && $T.sameShapes($L)", guard, FUSED, join(loop.loads()));
        }
        b.add("// Fast path: the whole definition in one pass over memory, with no intermediate tensor, when\n");
        b.add("// every operand is $L and $L.\n", dtype, loop.rowWise()
                ? "is the result's shape, one row shared by all rows, or a single number"
                : "has the result's shape or is a single number");
        b.beginControlFlow("if ($L)", guard);
        for (String p : loop.loads()) {
            code.arrays.put(p, code.locals.allocate(p + "s"));
        }
        for (String p : loop.scalars()) {
            code.scalarValues.put(p, code.locals.allocate(p + "Value"));
        }
        if (loop.rowWise()) {
            emitRows(b, latex);
        } else {
            emitFlat(b, latex);
        }
        b.endControlFlow();
        return b.build();
    }

    // ---- flat: every load has the result's shape ----------------------------------------------

    private void emitFlat(CodeBlock.Builder b, String latex) {
        String first = loop.loads().get(0);
        declareLoads(b);
        hoistCallLevel(b, loop.result());
        String out = code.locals.allocate("result");
        b.addStatement("$L[] $N = $T.$L($N, $N.shape())", code.elem, out, FUSED,
                code.single ? "floatsInto" : "doublesInto", outParam, first);
        nameScratchArrays();
        String lo = code.locals.allocate("lo");
        String hi = code.locals.allocate("hi");
        code.elementIndex = code.locals.allocate("e");
        String e = code.elementIndex;
        b.add("// $L\n", Javadocs.text(latex));
        b.add("$T.forRange($N.length, $LL, $T.BLOCK, ($N, $N) -> {\n", PARALLEL, out, LoopCode.cost(loop.result()),
                FUSED, lo, hi);
        b.indent();
        if (blocks.isEmpty()) {
            b.beginControlFlow("for (int $N = $N; $N < $N; $N++)", e, lo, e, hi, e);
            code.newLoopBody();
            code.declareNamedChildren(b, loop.result());
            b.addStatement("$N[$N] = $L", out, e, code.element(loop.result()));
            if (stepStores != null) {
                storeStates(b, e);
            }
            b.endControlFlow();
        } else {
            for (LoopExpr.Call f : blocks) {
                if (f != loop.result()) {
                    b.addStatement("$L[] $N = new $L[$T.BLOCK]", code.elem, code.scratch.get(f), code.elem, FUSED);
                }
            }
            Map<String, String> blockCopies = declareBlockCopies(b);
            String resultBlock = code.locals.allocate("resultBlock");
            b.addStatement("$L[] $N = new $L[$T.BLOCK]", code.elem, resultBlock, code.elem, FUSED);
            String start = code.locals.allocate("start");
            String n = code.locals.allocate("n");
            b.beginControlFlow("for (int $N = $N; $N < $N; $N += $T.BLOCK)", start, lo, start, hi, start, FUSED);
            b.addStatement("int $N = $T.min($T.BLOCK, $N - $N)", n, RuntimeTypes.MATH, FUSED, hi, start);
            b.add("// the block of $L copied in (and the result's copied out below), so that the loops index every\n",
                    String.join(", ", blockCopies.keySet()));
            b.add("// array alike: the JIT vectorises them then, not when start + e meets e\n");
            for (Map.Entry<String, String> copy : blockCopies.entrySet()) {
                b.addStatement("$T.arraycopy($N, $N, $N, 0, $N)", System.class, code.arrays.get(copy.getKey()), start,
                        copy.getValue(), n);
            }
            code.arrays.putAll(blockCopies);
            for (LoopExpr.Call f : blocks) {
                if (f != loop.result()) {
                    blockFunction(b, f, CodeBlock.of("$N", n));
                }
            }
            storeBlock(b, resultBlock, out, start, n);
            b.endControlFlow();
        }
        b.unindent();
        b.add("});\n");
        if (stepStores != null) {
            b.addStatement("return");
        } else {
            b.addStatement("return $T.result($N, $N.shape(), $N)", FUSED, out, first, outParam);
        }
    }

    /**
     * One block-sized array per load of a flat loop split into blocks, declared once per task: each
     * block of the operand is copied into it, so that the element loops index every array they read
     * by the same {@code e} (C2's auto-vectoriser gives up when loads at {@code start + e} meet
     * scratch arrays at {@code e}; GELU's two loops ran scalar). Returns operand to copy name.
     */
    private Map<String, String> declareBlockCopies(CodeBlock.Builder b) {
        Map<String, String> copies = new LinkedHashMap<>();
        for (String p : loop.loads()) {
            String copy = code.locals.allocate(p + "Block");
            b.addStatement("$L[] $N = new $L[$T.BLOCK]", code.elem, copy, code.elem, FUSED);
            copies.put(p, copy);
        }
        return copies;
    }

    /**
     * The step's other stores: each state's element, already a local of this loop body, into its
     * previous value's array, after every value of the element has been read.
     */
    private void storeStates(CodeBlock.Builder b, String e) {
        for (Map.Entry<Definition, String> s : stepStores.entrySet()) {
            String local = null;
            for (Map.Entry<LoopExpr, Definition> n : loop.named().entrySet()) {
                if (n.getValue() == s.getKey() && code.loopLocals.containsKey(n.getKey())) {
                    local = code.loopLocals.get(n.getKey());
                    break;
                }
            }
            if (local == null) {
                throw new IllegalStateException("state " + s.getKey().latexName() + " is not a local of the step's loop");
            }
            b.addStatement("$N[$N] = $N", code.arrays.get(s.getValue()), e, local);
        }
    }

    // ---- row-wise: the row's statistics, then its elements ------------------------------------

    private void emitRows(CodeBlock.Builder b, String latex) {
        CodeBlock rowLength = code.sizes.apply(loop.rowLength());
        String widest = code.locals.allocate("rows");
        b.addStatement("$T $N = $T.widest($L)", RuntimeTypes.TENSOR, widest, FUSED, join(loop.loads()));
        Map<String, String> strides = new LinkedHashMap<>();
        for (String p : loop.loads()) {
            String s = code.locals.allocate(p + "Stride");
            strides.put(p, s);
            b.addStatement("int $N = $T.rowStride($N, $N, $L)", s, FUSED, p, widest, rowLength);
        }
        CodeBlock ok = strides.values().stream().map(s -> CodeBlock.of("$N >= 0", s)).collect(CodeBlock.joining(" && "));
        b.beginControlFlow("if ($L)", ok);
        declareLoads(b);
        hoistCallLevel(b, loop.result());
        String out = code.locals.allocate("result");
        String count = code.locals.allocate("rowCount");
        b.addStatement("$L[] $N = $T.$L($N, $N.shape())", code.elem, out, FUSED,
                code.single ? "floatsInto" : "doublesInto", outParam, widest);
        b.addStatement("int $N = $L == 0 ? 0 : $N.length / $L", count, rowLength, out, rowLength);
        nameScratchArrays();
        String lo = code.locals.allocate("lo");
        String hi = code.locals.allocate("hi");
        String row = code.locals.allocate("row");
        code.elementIndex = code.locals.allocate("e");
        b.add("// $L\n", Javadocs.text(latex));
        b.add("$T.forRange($N, $LL * $L, ($N, $N) -> {\n", PARALLEL, count, LoopCode.cost(loop.result()), rowLength,
                lo, hi);
        b.indent();
        for (LoopExpr.Call f : blocks) {
            if (f != loop.result()) {
                b.addStatement("$L[] $N = new $L[$L]", code.elem, code.scratch.get(f), code.elem, rowLength);
            }
        }
        FusedLoop.RowForm form = loop.rowForm();
        // Only a float row gathers the next row's sums during its pass (double keeps its own passes).
        boolean pipelined = form instanceof FusedLoop.RowForm.ScaleShift s && s.statisticsAreSumsOfX() && code.single;
        PipelinedSums sums = null;
        if (pipelined) {
            String x = ((FusedLoop.RowForm.ScaleShift) form).form().x();
            sums = new PipelinedSums(code.locals.allocate("sums"), row, hi, strides.get(x));
            rows.readSumsFrom(sums.buffer());
            b.addStatement("double[] $N = new double[3]", sums.buffer());
            b.add("// the sums $L's statistics come from, for the first row; each row's pass below reads the\n", x);
            b.add("// next row's while it writes this one (one stream of loads and one of stores at once)\n");
            b.addStatement("$T.shiftedSums($N, $N * $N, $L, $N)", FUSED, code.arrays.get(x), lo, sums.xStride(),
                    rowLength, sums.buffer());
        } else if (!loop.varianceOperands().isEmpty()) {
            rows.declareMomentsBuffer(b);
        }
        rows.declareBuffers(b, loop.bufferedReductions(), rowLength);
        b.beginControlFlow("for (int $N = $N; $N < $N; $N++)", row, lo, row, hi, row);
        for (String p : loop.loads()) {
            String off = code.locals.allocate(p + "Row");
            code.offsets.put(p, off);
            b.addStatement("int $N = $N * $N", off, row, strides.get(p));
        }
        String outOff = code.locals.allocate("outRow");
        b.addStatement("int $N = $N * $L", outOff, row, rowLength);
        if (form instanceof FusedLoop.RowForm.Softmax softmax) {
            softmaxRow(b, softmax.operand(), out, outOff, rowLength);
        } else if (form instanceof FusedLoop.RowForm.ScaleShift scaleShift) {
            scaleShiftRow(b, scaleShift.form(), out, outOff, rowLength, sums);
        } else {
            rows.prepare(b, loop.result(), rowLength);
            for (LoopExpr.Call f : blocks) {
                if (!insideReduction(loop.result(), f, false) && f != loop.result()) {
                    blockFunction(b, f, rowLength);
                }
            }
            store(b, out, CodeBlock.of("$N", outOff), rowLength);
        }
        b.endControlFlow();
        b.unindent();
        b.add("});\n");
        b.addStatement("return $T.result($N, $N.shape(), $N)", FUSED, out, widest, outParam);
        b.endControlFlow();
    }

    /** The buffer of the next row's shifted sums, and what the row pass needs to find the next row. */
    private record PipelinedSums(String buffer, String rowIndex, String rangeEnd, String xStride) {}

    /**
     * A softmax row with one exp per element: the max-shifted exponentials go straight into the
     * output, their sum (in double) gives one reciprocal, and the row is scaled by it. Equal to
     * {@code exp(z_i - logsumexp(z))}, which would take exp twice.
     */
    private void softmaxRow(CodeBlock.Builder b, String z, String out, String outOff, CodeBlock n) {
        String zs = code.arrays.get(z);
        String zOff = code.offsets.get(z);
        String max = code.locals.allocate("max");
        String inv = code.locals.allocate("invSum");
        String e = code.elementIndex;
        b.add("// $L\n", Javadocs.text(code.latexOf(loop.result())));
        b.add("// as exp(z - max z) / sum of exp(z - max z): one exp per element, never overflowing\n");
        b.addStatement("double $N = $T.max($N, $N, $L)", max, FUSED, zs, zOff, n);
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", e, e, n, e);
        b.addStatement("$N[$N + $N] = $N[$N + $N] - ($L) $N", out, outOff, e, zs, zOff, e, code.elem, max);
        b.endControlFlow();
        b.addStatement("$T.exp($N, $N, $L)", VEC_MATH, out, outOff, n);
        b.addStatement("$L $N = ($L) (1.0 / $T.sum($N, $N, $L))", code.elem, inv, code.elem, FUSED, out, outOff, n);
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", e, e, n, e);
        b.addStatement("$N[$N + $N] *= $N", out, outOff, e, inv);
        b.endControlFlow();
    }

    /**
     * A normalisation row, {@code ((x - shift) * scale) * mul + add}: the row's statistics first,
     * then one SIMD pass; pipelined, that pass also gathers the next row's sums. The kernel's
     * arguments are written one group per line: output, x, shift and scale, gain, bias.
     */
    private void scaleShiftRow(CodeBlock.Builder b, ScaleShiftForm form, String out, String outOff, CodeBlock n,
            PipelinedSums sums) {
        List<LoopExpr> rowValues = new ArrayList<>();
        if (form.shift() != null) {
            rowValues.add(form.shift()); // first, so the locals read in the order of the formula
        }
        rowValues.addAll(form.factors());
        rowValues.addAll(form.divisors());
        for (LoopExpr f : rowValues) {
            if (LoopExpr.level(f) == Level.ROW) {
                rows.ensure(b, f, n);
            }
        }
        String cast = code.single ? "(float) " : "";
        b.add("// $L\n", Javadocs.text(code.latexOf(loop.result())));
        b.add("// as ((x - shift) * scale)$L$L: one SIMD pass over the row$L\n",
                form.mul() == null ? "" : " * " + form.mul(), form.add() == null ? "" : " + " + form.add(),
                sums == null ? "" : ", which also sums the next row");
        String shift = code.locals.allocate("shift");
        b.addStatement("$L $N = $L", code.elem, shift,
                form.shift() == null ? code.literal(0.0) : CodeBlock.of("$L$L", cast, code.scalar(form.shift())));
        CodeBlock scale = null;
        for (LoopExpr f : form.factors()) {
            scale = scale == null ? code.scalar(f) : CodeBlock.of("$L * $L", scale, code.scalar(f));
        }
        for (LoopExpr f : form.divisors()) {
            scale = CodeBlock.of("$L / $L", scale == null ? CodeBlock.of("1.0") : scale, code.scalar(f));
        }
        String scaleName = code.locals.allocate("scale");
        b.addStatement("$L $N = $L", code.elem, scaleName,
                scale == null ? code.literal(1.0) : CodeBlock.of("$L($L)", cast, scale));
        String xs = code.arrays.get(form.x());
        String xRow = code.offsets.get(form.x());
        // One argument group per line: the output row, x's row and its length, (x - shift) * scale,
        // the gain, the bias, and (pipelined) where the next row's sums come from.
        if (sums != null) {
            String next = code.locals.allocate("nextRow");
            b.addStatement("int $N = $N + 1 < $N ? $N + $N : -1", next, sums.rowIndex(), sums.rangeEnd(), xRow,
                    sums.xStride());
            b.addStatement("$T.scaleShiftThenSums($N, $N,\n$N, $N, $L, $N, $N,\n$L,\n$L,\n$N, $N)", FUSED, out,
                    outOff, xs, xRow, n, shift, scaleName, operandRange(form.mul()), operandRange(form.add()), next,
                    sums.buffer());
        } else {
            b.addStatement("$T.scaleShift($N, $N,\n$N, $N, $L, $N, $N,\n$L,\n$L)", FUSED, out, outOff, xs, xRow, n,
                    shift, scaleName, operandRange(form.mul()), operandRange(form.add()));
        }
    }

    private CodeBlock operandRange(String operand) {
        return operand == null ? CodeBlock.of("null, 0")
                : CodeBlock.of("$N, $N", code.arrays.get(operand), code.offsets.get(operand));
    }

    // ---- hoisting -------------------------------------------------------------------------

    private void declareLoads(CodeBlock.Builder b) {
        for (Map.Entry<String, String> a : code.arrays.entrySet()) {
            b.addStatement("$L[] $N = $N.$L()", code.elem, a.getValue(), a.getKey(),
                    code.single ? "floatsView" : "doublesView");
        }
        for (Map.Entry<String, String> s : code.scalarValues.entrySet()) {
            b.addStatement("double $N = $N.getFlat(0)", s.getValue(), s.getKey());
        }
    }

    /**
     * Declares, before the nest, every call-level value the element code uses: compound
     * expressions once each (single operands and constants are read in place), and for a
     * division by such a value, its reciprocal instead.
     */
    private void hoistCallLevel(CodeBlock.Builder b, LoopExpr f) {
        Level level = LoopExpr.level(f);
        if (level == Level.CALL) {
            if (!LoopCode.isLeaf(f) && !code.elems.containsKey(f)) {
                String name = code.locals.allocate(code.localName(f, "c"));
                b.add("// $L\n", Javadocs.text(code.comment(f)));
                b.addStatement("$L $N = $L$L", code.elem, name, code.single ? "(float) " : "", grouped(code.scalar(f)));
                code.elems.put(f, name);
            }
            return;
        }
        if (level == Level.ROW && !(f instanceof RowReduce)) {
            // Computed once per row, in double, from its own parts; only the reductions inside
            // it have element loops that need call-level values.
            for (LoopExpr child : f.children()) {
                if (LoopExpr.level(child) == Level.ROW) {
                    hoistCallLevel(b, child);
                }
            }
            return;
        }
        if (code.single && f instanceof Binary bin && bin.op() == Op.DIV && LoopExpr.level(bin.left()) == Level.ELEMENT
                && LoopExpr.level(bin.right()) == Level.CALL) {
            hoistCallLevel(b, bin.left());
            if (!code.reciprocals.containsKey(bin.right())) {
                String inv = code.locals.allocate(LoopNames.reciprocal(bin.right()));
                b.add("// 1 / ($L)\n", Javadocs.text(code.latexOf(bin.right())));
                b.addStatement("float $N = (float) (1.0 / $L)", inv, code.scalar(bin.right()));
                code.reciprocals.put(bin.right(), inv);
            }
            return;
        }
        for (LoopExpr child : f.children()) {
            hoistCallLevel(b, child);
        }
    }

    /** {@code code} in parentheses, unless it already is one parenthesised group. */
    private static CodeBlock grouped(CodeBlock code) {
        String text = code.toString();
        int depth = 0;
        boolean one = text.startsWith("(") && text.endsWith(")");
        for (int i = 0; one && i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            one = depth > 0 || i == text.length() - 1;
        }
        return one ? code : CodeBlock.of("($L)", code);
    }

    // ---- block kernels and the store -----------------------------------------------------------

    /** Names a scratch array for every block kernel (the result's own, if it is one, is never declared). */
    private void nameScratchArrays() {
        for (LoopExpr.Call f : blocks) {
            code.scratch.put(f, code.locals.allocate(f.fn().runtimeMethod() + "s"));
        }
    }

    /**
     * The loop that stores the result. When the result is itself a block kernel (a softmax's
     * {@code exp}), its argument is written straight into the output, which the kernel then
     * overwrites in place: no scratch copy.
     */
    private void store(CodeBlock.Builder b, String out, CodeBlock offset, CodeBlock n) {
        LoopExpr result = loop.result();
        String e = code.elementIndex;
        if (loop.rowWise() || !blocks.isEmpty()) {
            b.add("// $L\n", Javadocs.text(code.latexOf(result)));
        }
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", e, e, n, e);
        code.newLoopBody();
        if (code.scratch.containsKey(result)) {
            LoopExpr.Call fn = (LoopExpr.Call) result;
            code.declareNamedElements(b, fn.arg());
            b.addStatement("$N[$L + $N] = $L", out, offset, e, code.element(fn.arg()));
            b.endControlFlow();
            b.addStatement("$T.$N($N, $L, $L)", VEC_MATH, fn.fn().blockKernel().method, out, offset, n);
            return;
        }
        code.declareNamedChildren(b, result);
        b.addStatement("$N[$L + $N] = $L", out, offset, e, code.element(result));
        b.endControlFlow();
    }

    /**
     * The store of a flat loop in blocks: the block's results into {@code resultBlock}, indexed like
     * every other array of the loop, then copied to the output at {@code start} (a store at
     * {@code start + e} beside reads at {@code e} kept C2 from vectorising the loop on JDK 17). When
     * the result is itself a block kernel, its argument goes into the block and the kernel writes the
     * output.
     */
    private void storeBlock(CodeBlock.Builder b, String resultBlock, String out, String start, String n) {
        LoopExpr result = loop.result();
        String e = code.elementIndex;
        b.add("// $L\n", Javadocs.text(code.latexOf(result)));
        b.beginControlFlow("for (int $N = 0; $N < $N; $N++)", e, e, n, e);
        code.newLoopBody();
        if (code.scratch.containsKey(result)) {
            LoopExpr.Call fn = (LoopExpr.Call) result;
            code.declareNamedElements(b, fn.arg());
            b.addStatement("$N[$N] = $L", resultBlock, e, code.element(fn.arg()));
            b.endControlFlow();
            b.addStatement("$T.$N($N, 0, $N, $N, $N)", VEC_MATH, fn.fn().blockKernel().method, resultBlock, out, start,
                    n);
            return;
        }
        code.declareNamedChildren(b, result);
        b.addStatement("$N[$N] = $L", resultBlock, e, code.element(result));
        b.endControlFlow();
        b.addStatement("$T.arraycopy($N, 0, $N, $N, $N)", System.class, resultBlock, out, start, n);
    }

    /** Fills a block kernel's scratch array with its argument over the block, then applies it in place. */
    private void blockFunction(CodeBlock.Builder b, LoopExpr.Call fn, CodeBlock n) {
        String buf = code.scratch.get(fn);
        String e = code.elementIndex;
        b.add("// $L\n", Javadocs.text(code.latexOf(fn)));
        if (fn.fn() == Builtin.SIGMOID && code.latexOf(fn).startsWith("\\tanh")) {
            b.add("// (as 1 + tanh(u) = 2 sigmoid(2u), or 1 - tanh(u) = 2 sigmoid(-2u): one exp, no cancellation)\n");
        }
        b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", e, e, n, e);
        code.newLoopBody();
        code.declareNamedElements(b, fn.arg());
        b.addStatement("$N[$N] = $L", buf, e, code.element(fn.arg()));
        b.endControlFlow();
        b.addStatement("$T.$N($N, 0, $L)", VEC_MATH, fn.fn().blockKernel().method, buf, n);
    }

    /** Fills the scratch arrays of the block kernels inside {@code f} (not inside a reduction within it). */
    void blocksWithin(CodeBlock.Builder b, LoopExpr f, CodeBlock n) {
        for (LoopExpr.Call s : blocks) {
            if (within(f, s)) {
                blockFunction(b, s, n);
            }
        }
    }

    private static boolean insideReduction(LoopExpr f, LoopExpr s, boolean inside) {
        if (f == s) {
            return inside;
        }
        for (LoopExpr child : f.children()) {
            if (insideReduction(child, s, inside || f instanceof RowReduce)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(LoopExpr f, LoopExpr s) {
        if (f == s) {
            return true;
        }
        if (f instanceof RowReduce) {
            return false; // its own scratch is filled when that reduction is emitted
        }
        for (LoopExpr child : f.children()) {
            if (within(child, s)) {
                return true;
            }
        }
        return false;
    }

    private static CodeBlock join(List<String> names) {
        return names.stream().map(n -> CodeBlock.of("$N", n)).collect(CodeBlock.joining(", "));
    }
}
