package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.Precision;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.builtin.ScalarForm;
import dev.eqc.compiler.fusion.FusedLoop;
import dev.eqc.compiler.fusion.LoopExpr;
import dev.eqc.compiler.fusion.LoopExpr.Binary;
import dev.eqc.compiler.fusion.LoopExpr.Level;
import dev.eqc.compiler.fusion.LoopExpr.Op;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Term;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The Java of a fused loop's expressions, and the names the loop has declared so far: the arrays
 * and offsets of its loads, the hoisted values (in double, and their element-type copies),
 * reciprocals of divisors fixed for the call or the row, block scratch arrays, and the named
 * locals of the loop body being written. {@link FusedLoopEmitter} and {@link RowValueEmitter}
 * declare; this class reads what they declared.
 */
final class LoopCode {
    final FusedLoop loop;
    final JavaNames locals;
    final SourceFile source;
    final boolean single;
    /** The element type: {@code float} or {@code double}. */
    final String elem;
    final Function<Dim, CodeBlock> sizes;

    /** Java names: arrays of loaded operands, values of single-number operands, row offsets. */
    final Map<String, String> arrays = new LinkedHashMap<>();
    final Map<String, String> scalarValues = new LinkedHashMap<>();
    final Map<String, String> offsets = new LinkedHashMap<>();
    /** Hoisted values: double locals, and their element-type copies. */
    final Map<LoopExpr, String> doubles = new IdentityHashMap<>();
    final Map<LoopExpr, String> elems = new IdentityHashMap<>();
    /** Reciprocals of per-call or per-row divisors: one division there, a multiplication per element. */
    final Map<LoopExpr, String> reciprocals = new IdentityHashMap<>();
    /** Block kernels, each with its scratch array. */
    final Map<LoopExpr, String> scratch = new IdentityHashMap<>();
    /** Element values of inlined definitions, declared as locals in the loop being written. */
    final Map<LoopExpr, String> loopLocals = new IdentityHashMap<>();
    /** The element index of the innermost loop. */
    String elementIndex;

    LoopCode(FusedLoop loop, JavaNames locals, SourceFile source, Precision precision, Function<Dim, CodeBlock> sizes) {
        this.loop = loop;
        this.locals = locals;
        this.source = source;
        this.single = precision == Precision.FLOAT;
        this.elem = single ? "float" : "double";
        this.sizes = sizes;
    }

    /** Element-type code for the current element of {@code f}. */
    CodeBlock element(LoopExpr f) {
        String local = loopLocals.get(f);
        if (local != null) {
            return CodeBlock.of("$N", local);
        }
        if (LoopExpr.level(f) != Level.ELEMENT) {
            return hoisted(f);
        }
        if (f instanceof LoopExpr.Load e) {
            return CodeBlock.of("$N[$L]", arrays.get(e.operand()), position(e.operand()));
        }
        if (f instanceof Binary bin) {
            if (bin.op() == Op.DIV && reciprocals.containsKey(bin.right())) {
                return CodeBlock.of("($L * $N)", element(bin.left()), reciprocals.get(bin.right()));
            }
            return CodeBlock.of("($L $L $L)", element(bin.left()), bin.op().symbol, element(bin.right()));
        }
        if (f instanceof LoopExpr.Negate n) {
            return CodeBlock.of("(-$L)", element(n.operand()));
        }
        if (f instanceof LoopExpr.Power p) {
            return power(p);
        }
        if (f instanceof LoopExpr.Call fn) {
            if (scratch.containsKey(f)) {
                return CodeBlock.of("$N[$N]", scratch.get(f), elementIndex);
            }
            return elementFunction(fn.fn(), element(fn.arg()));
        }
        if (f instanceof LoopExpr.MinMax m) {
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.MATH, m.max() ? "max" : "min", element(m.left()),
                    element(m.right()));
        }
        if (f instanceof LoopExpr.Compare c) {
            return CodeBlock.of("($L $L $L ? $L : $L)", element(c.left()), javaOperator(c.op()), element(c.right()),
                    literal(1.0), literal(0.0));
        }
        LoopExpr.Select s = (LoopExpr.Select) f; // every other kind is a leaf or a row value, above
        return CodeBlock.of("($L != 0 ? $L : $L)", element(s.condition()), element(s.then()), element(s.otherwise()));
    }

    /** A value fixed for the call or the row, read in the loop: a literal, a hoisted local, or a cast. */
    private CodeBlock hoisted(LoopExpr f) {
        if (f instanceof LoopExpr.Literal n) {
            return literal(n.value());
        }
        String copy = elems.get(f);
        if (copy != null) {
            return CodeBlock.of("$N", copy);
        }
        if (isLeaf(f)) {
            return single ? CodeBlock.of("(float) $L", scalar(f)) : scalar(f);
        }
        String d = doubles.get(f);
        if (d == null) {
            throw new IllegalStateException("read before it was hoisted: " + f);
        }
        return single ? CodeBlock.of("(float) $N", d) : CodeBlock.of("$N", d);
    }

    /** A number, constant, size or single-number operand: read where it is used, never hoisted. */
    static boolean isLeaf(LoopExpr f) {
        return f instanceof LoopExpr.Literal || f instanceof LoopExpr.NamedConstant || f instanceof LoopExpr.Size
                || f instanceof LoopExpr.Scalar;
    }

    /**
     * One element of an element-wise built-in outside a block ({@code x} in the element type), by
     * its table entry's loop form. A block kernel's value outside a block (one that is not in a
     * scratch array) is its scalar form.
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

    private CodeBlock power(LoopExpr.Power p) {
        CodeBlock x = element(p.base());
        if (p.exponent() instanceof LoopExpr.Literal n) {
            double k = n.value();
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
                return CodeBlock.of("$L$T.sqrt($L)", single ? "(float) " : "", RuntimeTypes.MATH, x);
            }
            if (k == -1) {
                return CodeBlock.of("($L / $L)", literal(1.0), x);
            }
        }
        return CodeBlock.of("$L$T.pow($L, $L)", single ? "(float) " : "", RuntimeTypes.MATH, x, element(p.exponent()));
    }

    /** Double code for a value fixed for the call or the row. */
    CodeBlock scalar(LoopExpr f) {
        String d = doubles.get(f);
        if (d != null) {
            return CodeBlock.of("$N", d);
        }
        if (f instanceof LoopExpr.Literal n) {
            return JavaNumbers.literal(n.value());
        }
        if (f instanceof LoopExpr.NamedConstant c) {
            return CodeBlock.of("$N", c.constant().javaName());
        }
        if (f instanceof LoopExpr.Size s) {
            return CodeBlock.of("(double) $L", sizes.apply(new Dim.Symbol(s.dim(), false)));
        }
        if (f instanceof LoopExpr.Scalar sp) {
            return CodeBlock.of("$N", scalarValues.get(sp.operand()));
        }
        if (f instanceof Binary bin) {
            return CodeBlock.of("($L $L $L)", scalar(bin.left()), bin.op().symbol, scalar(bin.right()));
        }
        if (f instanceof LoopExpr.Negate n) {
            return CodeBlock.of("(-$L)", scalar(n.operand()));
        }
        if (f instanceof LoopExpr.Power p) {
            return CodeBlock.of("$T.pow($L, $L)", RuntimeTypes.MATH, scalar(p.base()), scalar(p.exponent()));
        }
        if (f instanceof LoopExpr.Call fn) {
            // The planner keeps only calls with a scalar form at the call and row levels.
            return JavaMath.of(fn.fn().scalarForm().orElseThrow(), scalar(fn.arg()));
        }
        if (f instanceof LoopExpr.MinMax m) {
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.MATH, m.max() ? "max" : "min", scalar(m.left()),
                    scalar(m.right()));
        }
        if (f instanceof LoopExpr.Compare c) {
            return CodeBlock.of("($L $L $L ? 1.0 : 0.0)", scalar(c.left()), javaOperator(c.op()), scalar(c.right()));
        }
        if (f instanceof LoopExpr.Select s) {
            return CodeBlock.of("($L != 0 ? $L : $L)", scalar(s.condition()), scalar(s.then()), scalar(s.otherwise()));
        }
        throw new IllegalStateException("a row reduction is read through its local: " + f);
    }

    static String javaOperator(Term.CompareOp op) {
        return switch (op) {
            case LT -> "<";
            case GT -> ">";
            case LE -> "<=";
            case GE -> ">=";
            case EQ -> "==";
            case NE -> "!=";
        };
    }

    /** A number in the element type: {@code 2.0f} in float. */
    CodeBlock literal(double v) {
        CodeBlock text = JavaNumbers.literal(v);
        if (!single) {
            return text;
        }
        if (JavaNumbers.named(v)) {
            return CodeBlock.of("(float) $L", text);
        }
        return CodeBlock.of("$Lf", Float.toString((float) v));
    }

    private CodeBlock position(String operand) {
        if (loop.rowWise()) {
            return CodeBlock.of("$N + $N", offsets.get(operand), elementIndex);
        }
        return CodeBlock.of("$N", elementIndex); // a flat loop in blocks reads block copies (FusedLoopEmitter)
    }

    /** Named locals for the parts of {@code f}, but not for {@code f} itself (it is the statement). */
    void declareNamedChildren(CodeBlock.Builder b, LoopExpr f) {
        for (LoopExpr child : f.children()) {
            declareNamedElements(b, child);
        }
    }

    /**
     * Declares, inside a loop body, one local per inlined definition the expression uses
     * ({@code float m_t = ...;}), so the loop reads like the paper's steps.
     */
    void declareNamedElements(CodeBlock.Builder b, LoopExpr f) {
        if (LoopExpr.level(f) != Level.ELEMENT || loopLocals.containsKey(f) || scratch.containsKey(f)) {
            return;
        }
        for (LoopExpr child : f.children()) {
            declareNamedElements(b, child);
        }
        Definition named = loop.named().get(f);
        if (named != null) {
            CodeBlock value = element(f);
            String name = locals.allocate(named.javaName());
            b.addStatement("$L $N = $L", elem, name, value);
            loopLocals.put(f, name);
        }
    }

    /** Starts a loop body: named locals of the previous loop are out of scope. */
    void newLoopBody() {
        loopLocals.clear();
    }

    /**
     * The name of a hoisted value's local: its definition's, one that says what it is
     * ({@code oneMinusBeta1}, {@code invSqrtDk}: {@link LoopNames}), a function's, or one made from
     * its LaTeX.
     */
    String localName(LoopExpr f, String hint) {
        Definition named = loop.named().get(f);
        if (named != null) {
            return named.javaName();
        }
        String described = LoopNames.describe(f);
        if (described != null && !isLeaf(f)) {
            return described;
        }
        if (f instanceof LoopExpr.Call fn) {
            return fn.fn().runtimeMethod(); // sqrt(Var(x) + eps) is "sqrt", not a name made of its letters
        }
        return isLeaf(f) ? StepLocals.localName(latexOf(f), hint) : hint;
    }

    /** The comment above a hoisted value: its LaTeX, with its definition's name when it has one. */
    String comment(LoopExpr f) {
        Definition named = loop.named().get(f);
        return named != null ? named.latexName() + " = " + latexOf(f) : latexOf(f);
    }

    String latexOf(LoopExpr f) {
        return source.slice(f.origin().span()).replaceAll("\\s+", " ").strip();
    }

    /** Rough element operations per element, for the pool's split decision. */
    static long cost(LoopExpr f) {
        long own = f instanceof LoopExpr.Call ? 20 : 1;
        for (LoopExpr c : f.children()) {
            own += cost(c);
        }
        return own;
    }
}
