package dev.eqc.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.fusion.LoopExpr;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Load;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import dev.eqc.compiler.fusion.LoopExpr.Reduction;
import dev.eqc.compiler.fusion.LoopExpr.RowReduce;
import dev.eqc.compiler.fusion.RowForms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a fused loop that are fixed for a row: its statistics (row reductions, in double,
 * through the runtime's {@code Fused} sums) and the arithmetic made of them, each declared once per
 * row before the row's element pass reads it. Statistics of one operand come from as few passes
 * as possible: a row that takes an operand's variance gets its mean and variance from one
 * ({@code Fused.meanAndVariance}); squares of an operand are summed straight from it; and a
 * normalisation row whose statistics are all sums of its operand reads them off the shifted sums
 * gathered during the previous row's pass ({@link #readSumsFrom}).
 */
final class RowValueEmitter {
    private static final ClassName FUSED = ClassName.get("dev.eqc.runtime", "Fused");

    private final LoopCode code;
    private final FusedLoopEmitter loops;
    /** The locals of each operand's row mean and variance, once computed. */
    private final Map<String, String[]> moments = new HashMap<>();
    /** The buffer {@code Fused.meanAndVariance} writes into, or null. */
    private String momentsBuffer;
    /** The buffer of shifted sums a pipelined normalisation row reads its statistics from, or null. */
    private String rowSums;
    /** Row-sized arrays for reductions over computed terms. */
    private final Map<LoopExpr, String> buffers = new java.util.IdentityHashMap<>();

    RowValueEmitter(LoopCode code, FusedLoopEmitter loops) {
        this.code = code;
        this.loops = loops;
    }

    /** Statistics come from the shifted sums in {@code sums}, which the pipelined row pass keeps current. */
    void readSumsFrom(String sums) {
        rowSums = sums;
    }

    /** Declares the one-pass moments buffer (when some operand's variance is taken). */
    void declareMomentsBuffer(CodeBlock.Builder b) {
        momentsBuffer = code.locals.allocate("moments");
        b.addStatement("double[] $N = new double[2]", momentsBuffer);
    }

    /** Declares a row-sized array for each reduction over computed terms. */
    void declareBuffers(CodeBlock.Builder b, List<RowReduce> reductions, CodeBlock rowLength) {
        for (RowReduce r : reductions) {
            String buffer = code.locals.allocate(name(r.op()) + "Terms");
            buffers.put(r, buffer);
            b.addStatement("$L[] $N = new $L[$L]", code.elem, buffer, code.elem, rowLength);
        }
    }

    /** Declares, in dependency order, every row-level value that the element code of {@code f} needs. */
    void prepare(CodeBlock.Builder b, LoopExpr f, CodeBlock n) {
        Level level = LoopExpr.level(f);
        if (level == Level.ROW) {
            ensure(b, f, n);
        } else if (level == Level.ELEMENT) {
            for (LoopExpr child : f.children()) {
                prepare(b, child, n);
            }
            boolean divisorRow = f instanceof Binary bin && bin.op() == Op.DIV && LoopExpr.level(bin.right()) == Level.ROW;
            if (code.single && divisorRow && !code.reciprocals.containsKey(((Binary) f).right())) {
                LoopExpr right = ((Binary) f).right();
                String inv = code.locals.allocate("inv" + capitalize(code.doubles.get(right)));
                b.addStatement("float $N = (float) (1.0 / $N)", inv, code.doubles.get(right));
                code.reciprocals.put(right, inv);
            }
            if (code.single) {
                // Row values the element loop reads get a float copy here, so the loop body is all
                // float (a double-to-float conversion inside it can keep the JIT from vectorising).
                for (LoopExpr child : f.children()) {
                    boolean asReciprocal = divisorRow && child == ((Binary) f).right();
                    if (LoopExpr.level(child) == Level.ROW && !asReciprocal && !code.elems.containsKey(child)
                            && !code.loopLocals.containsKey(child)) {
                        String d = code.doubles.get(child);
                        String name = code.locals.allocate(d + "F");
                        b.addStatement("float $N = (float) $N", name, d);
                        code.elems.put(child, name);
                    }
                }
            }
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String name(Reduction op) {
        return op.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Declares a double local for a row-level value: a reduction, or arithmetic on reductions. */
    void ensure(CodeBlock.Builder b, LoopExpr f, CodeBlock n) {
        if (code.doubles.containsKey(f)) {
            return;
        }
        if (!(f instanceof RowReduce r)) {
            declareParts(b, f, n);
            String name = code.locals.allocate(code.localName(f, "r"));
            b.add("// $L\n", Javadocs.text(code.comment(f)));
            b.addStatement("double $N = $L", name, code.scalar(f));
            code.doubles.put(f, name);
            return;
        }
        Load squared = RowForms.squaredOperand(r);
        if (squared != null) {
            sumOfSquares(b, r, squared, n);
            return;
        }
        if (rowSums != null) {
            // A sum, mean or variance of the row's operand, read off its shifted sums.
            String name = code.locals.allocate(name(r.op()));
            b.add("// $L\n", Javadocs.text(code.latexOf(r)));
            String method = switch (r.op()) {
                case SUM -> "sumOf";
                case MEAN -> "meanOf";
                case VAR -> "varianceOf";
                case MAX, MIN, LOGSUMEXP -> throw new IllegalStateException("not a sum: " + r.op());
            };
            b.addStatement("double $N = $T.$L($N, $L)", name, FUSED, method, rowSums, n);
            code.doubles.put(f, name);
            return;
        }
        prepare(b, r.body(), n);
        loops.blocksWithin(b, r.body(), n);
        if ((r.op() == Reduction.MEAN || r.op() == Reduction.VAR) && r.body() instanceof Load e
                && code.loop.varianceOperands().contains(e.operand())) {
            code.doubles.put(f, meanAndVariance(b, r, e, n)[r.op() == Reduction.MEAN ? 0 : 1]);
            return;
        }
        reduction(b, r, n);
    }

    /** {@code \sum_i x_i^2} or {@code \sum_i (x_i - c)^2}: summed straight from the operand, in double. */
    private void sumOfSquares(CodeBlock.Builder b, RowReduce r, Load squared, CodeBlock n) {
        LoopExpr.Power p = (LoopExpr.Power) r.body();
        CodeBlock center = CodeBlock.of("0.0");
        if (p.base() instanceof Binary d) {
            if (LoopExpr.level(d.right()) == Level.ROW) {
                ensure(b, d.right(), n);
            }
            center = code.scalar(d.right());
        }
        b.add("// $L\n", Javadocs.text(code.latexOf(r)));
        String name = code.locals.allocate(name(r.op()));
        CodeBlock per = r.op() == Reduction.MEAN ? CodeBlock.of(" / $L", n) : CodeBlock.of("");
        if (rowSums != null) {
            b.addStatement("double $N = $T.squaredDeviationsOf($N, $L, $L)$L", name, FUSED, rowSums, n, center, per);
        } else {
            b.addStatement("double $N = $T.sumSquaredDeviations($N, $N, $L, $L)$L", name, FUSED,
                    code.arrays.get(squared.operand()), code.offsets.get(squared.operand()), n, center, per);
        }
        code.doubles.put(r, name);
    }

    /** The locals of an operand's row mean and variance, from one pass the first time either is asked for. */
    private String[] meanAndVariance(CodeBlock.Builder b, RowReduce r, Load e, CodeBlock n) {
        String[] both = moments.get(e.operand());
        if (both == null) {
            b.add("// mean and variance of $L along the row, in one pass\n", Javadocs.text(code.latexOf(r.body())));
            b.addStatement("$T.meanAndVariance($N, $N, $L, $N)", FUSED, code.arrays.get(e.operand()),
                    code.offsets.get(e.operand()), n, momentsBuffer);
            both = new String[] {code.locals.allocate("mean"), code.locals.allocate("var")};
            b.addStatement("double $N = $N[0]", both[0], momentsBuffer);
            b.addStatement("double $N = $N[1]", both[1], momentsBuffer);
            moments.put(e.operand(), both);
        }
        return both;
    }

    /** A reduction of an operand's row, or of computed terms written to a row buffer first. */
    private void reduction(CodeBlock.Builder b, RowReduce r, CodeBlock n) {
        b.add("// $L$L\n", r.op() == Reduction.LOGSUMEXP ? "log of " : "", Javadocs.text(code.latexOf(r)));
        if (r.op() == Reduction.LOGSUMEXP) {
            b.add("// (stably: the row's largest value is taken out before exp)\n");
        }
        String name = code.locals.allocate(name(r.op()));
        CodeBlock range;
        if (r.body() instanceof Load e) {
            range = CodeBlock.of("$N, $N, $L", code.arrays.get(e.operand()), code.offsets.get(e.operand()), n);
        } else {
            String buffer = buffers.get(r);
            String i = code.elementIndex;
            b.beginControlFlow("for (int $N = 0; $N < $L; $N++)", i, i, n, i);
            code.newLoopBody();
            code.declareNamedElements(b, r.body());
            b.addStatement("$N[$N] = $L", buffer, i, code.element(r.body()));
            b.endControlFlow();
            range = CodeBlock.of("$N, 0, $L", buffer, n);
        }
        switch (r.op()) {
            case SUM -> b.addStatement("double $N = $T.sum($L)", name, FUSED, range);
            case MAX -> b.addStatement("double $N = $T.max($L)", name, FUSED, range);
            case MIN -> b.addStatement("double $N = $T.min($L)", name, FUSED, range);
            case LOGSUMEXP -> b.addStatement("double $N = $T.logSumExp($L)", name, FUSED, range);
            case MEAN -> b.addStatement("double $N = $T.sum($L) / $L", name, FUSED, range, n);
            case VAR -> {
                // Of computed terms (the variance of an operand came from meanAndVariance above):
                // their mean, then the squared deviations from it, over the buffer in L1.
                String mean = code.locals.allocate("mean");
                b.addStatement("double $N = $T.sum($L) / $L", mean, FUSED, range, n);
                b.addStatement("double $N = $T.sumSquaredDeviations($L, $N) / $L", name, FUSED, range, mean, n);
            }
        }
        code.doubles.put(r, name);
    }

    /** Declares the reductions and named values inside a row-level expression, which is then one line. */
    private void declareParts(CodeBlock.Builder b, LoopExpr f, CodeBlock n) {
        for (LoopExpr child : f.children()) {
            if (LoopExpr.level(child) != Level.ROW) {
                continue;
            }
            if (child instanceof RowReduce || code.loop.named().containsKey(child)) {
                ensure(b, child, n);
            } else {
                declareParts(b, child, n);
            }
        }
    }
}
