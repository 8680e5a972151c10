package dev.eqc.compiler.fusion;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.LoopForm;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Load;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import dev.eqc.compiler.fusion.LoopExpr.Power;
import dev.eqc.compiler.fusion.LoopExpr.Reduction;
import dev.eqc.compiler.fusion.LoopExpr.RowReduce;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Analyses of a loop's element expression that decide how its rows are scheduled. */
public final class RowForms {
    private RowForms() {}

    /** How the row of {@code root} is laid out. */
    static FusedLoop.RowForm of(LoopExpr root) {
        String softmax = softmaxOperand(root);
        if (softmax != null) {
            return new FusedLoop.RowForm.Softmax(softmax);
        }
        return ScaleShiftForm.of(root)
                .<FusedLoop.RowForm>map(f -> new FusedLoop.RowForm.ScaleShift(f, containsReduction(root)
                        && onlySumsOf(root, f.x())))
                .orElse(new FusedLoop.RowForm.General());
    }

    /**
     * The operand {@code z} when the whole body is {@code exp(z_i - logsumexp_j z_j)}, the form
     * a spelled-out softmax is stabilised into; else null.
     */
    private static String softmaxOperand(LoopExpr root) {
        if (root instanceof LoopExpr.Call fn && fn.fn() == Builtin.EXP && fn.arg() instanceof Binary bin
                && bin.op() == Op.SUB && bin.left() instanceof Load z && bin.right() instanceof RowReduce r
                && r.op() == Reduction.LOGSUMEXP && r.body() instanceof Load same && same.operand().equals(z.operand())) {
            return z.operand();
        }
        return null;
    }

    private static boolean containsReduction(LoopExpr f) {
        return f instanceof RowReduce || f.children().stream().anyMatch(RowForms::containsReduction);
    }

    /** Whether every row statistic in {@code f} is a sum over operand {@code x}: sum, mean, Var, squares. */
    private static boolean onlySumsOf(LoopExpr f, String x) {
        if (f instanceof RowReduce r) {
            Load squared = squaredOperand(r);
            if (squared != null) {
                Power p = (Power) r.body();
                return squared.operand().equals(x)
                        && (p.base() instanceof Load || onlySumsOf(((Binary) p.base()).right(), x));
            }
            return (r.op() == Reduction.SUM || r.op() == Reduction.MEAN || r.op() == Reduction.VAR)
                    && r.body() instanceof Load e && e.operand().equals(x);
        }
        for (LoopExpr child : f.children()) {
            if (!onlySumsOf(child, x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a reduction whose terms are {@code x_i^2} or {@code (x_i - c)^2} with {@code c} fixed for
     * the row: the operand, whose squares the runtime sums straight from it, in double; else null.
     */
    public static Load squaredOperand(RowReduce r) {
        if (!(r.op() == Reduction.SUM || r.op() == Reduction.MEAN) || !(r.body() instanceof Power p)
                || !LoopExpr.isNumber(p.exponent(), 2.0)) {
            return null;
        }
        if (p.base() instanceof Load e) {
            return e;
        }
        if (p.base() instanceof Binary d && d.op() == Op.SUB && d.left() instanceof Load e
                && LoopExpr.level(d.right()) != Level.ELEMENT) {
            return e;
        }
        return null;
    }

    /** The element-level calls of block kernels, post-order, each once: where the loop is split. */
    static List<LoopExpr.Call> blocks(LoopExpr root) {
        Set<LoopExpr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<LoopExpr.Call> out = new ArrayList<>();
        collectBlocks(root, seen, out);
        return out;
    }

    private static void collectBlocks(LoopExpr f, Set<LoopExpr> seen, List<LoopExpr.Call> out) {
        for (LoopExpr child : f.children()) {
            collectBlocks(child, seen, out);
        }
        if (f instanceof LoopExpr.Call fn && fn.fn().loopForm() == LoopForm.BLOCK && LoopExpr.level(f) == Level.ELEMENT
                && seen.add(f)) {
            out.add(fn);
        }
    }

    /** Operands whose variance along the row is taken: their mean and variance come from one pass. */
    static List<String> varianceOperands(LoopExpr root) {
        Set<String> out = new LinkedHashSet<>();
        collectVariance(root, out);
        return List.copyOf(out);
    }

    private static void collectVariance(LoopExpr f, Set<String> out) {
        for (LoopExpr child : f.children()) {
            collectVariance(child, out);
        }
        if (f instanceof RowReduce r && r.op() == Reduction.VAR && r.body() instanceof Load e) {
            out.add(e.operand());
        }
    }

    /** Reductions over computed terms (not a plain operand, not squares of one): each needs a row-sized array. */
    static List<RowReduce> bufferedReductions(LoopExpr root) {
        Set<LoopExpr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<RowReduce> out = new ArrayList<>();
        collectBuffered(root, seen, out);
        return out;
    }

    private static void collectBuffered(LoopExpr f, Set<LoopExpr> seen, List<RowReduce> out) {
        for (LoopExpr child : f.children()) {
            collectBuffered(child, seen, out);
        }
        if (f instanceof RowReduce r && !(r.body() instanceof Load) && squaredOperand(r) == null && seen.add(f)) {
            out.add(r);
        }
    }
}
