package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.codegen.BodyEmitter.Value;
import dev.eqc.compiler.shape.ProductKind;
import dev.eqc.compiler.term.Term;
import java.util.List;

/**
 * The runtime calls of products (by the kind shape inference gave them: {@code Ops.matmul},
 * {@code matvec}, {@code vecmat}, {@code dot}, {@code outer}, or element-wise; attention first, when
 * the product is that form) and of built-ins (as their table entries say: the {@code Ops} method,
 * the {@code java.lang.Math} form of a plain number, diag/tr/Concat by structure), in the general
 * path.
 */
final class OperationCalls {
    private final BodyEmitter e;

    OperationCalls(BodyEmitter e) {
        this.e = e;
    }

    Value product(Term.Product p, boolean top) {
        Value attention = e.attentionForm.attention(p, top);
        if (attention != null) {
            return attention;
        }
        Value l = e.lower(p.left(), false);
        Value r = e.lower(p.right(), false);
        if (l.slots() > 0 || r.slots() > 0) {
            l = e.indexNotation.lift(l);
            r = e.indexNotation.lift(r);
        }
        ProductKind kind = e.typed.productKind(p);
        return switch (kind) {
            case SCALE, ELEMENTWISE -> e.elementwise(p, BodyEmitter.ElementwiseOp.MUL, l, r);
            case MATMUL -> {
                int core = Math.max(l.coreRank(), r.coreRank());
                yield e.stepLocals.step(p, CodeBlock.of("$T.matmul($L, $L)", RuntimeTypes.OPS, e.align(l, core), e.align(r, core)), top,
                        "product", l.slots());
            }
            case MATVEC -> e.stepLocals.step(p, CodeBlock.of("$T.matvec($L, $L)", RuntimeTypes.OPS, l.code(),
                    e.align(r, l.coreRank() - 1)), top, "product", l.slots());
            case VECMAT -> e.stepLocals.step(p, CodeBlock.of("$T.vecmat($L, $L)", RuntimeTypes.OPS, e.align(l, r.coreRank() - 1),
                    r.code()), top, "product", l.slots());
            case DOT -> e.stepLocals.step(p, CodeBlock.of("$T.dot($L, $L)", RuntimeTypes.OPS, l.code(), r.code()), top, "dot",
                    l.slots());
            case OUTER -> e.stepLocals.step(p, CodeBlock.of("$T.outer($L, $L)", RuntimeTypes.OPS, l.code(), r.code()), top, "outer",
                    l.slots());
        };
    }

    Value builtin(Term.BuiltinCall b, boolean top) {
        Builtin fn = e.typed.isDeterminant(b) ? Builtin.DET : b.builtin(); // |A| of a square matrix is det(A)
        if (e.typed.isMatrixNorm(b)) {
            Value x = e.lower(b.args().get(0), false);
            // one sumLast per axis of the argument: a matrix's two, a feature map's three (C x H x W)
            CodeBlock sum = CodeBlock.of("$T.pow($L, 2.0)", RuntimeTypes.OPS, x.code());
            for (int k = 0; k < e.typed.normAxes(b); k++) {
                sum = CodeBlock.of("$T.sumLast($L)", RuntimeTypes.OPS, sum);
            }
            return e.stepLocals.step(b, CodeBlock.of("$T.sqrt($L)", RuntimeTypes.OPS, sum), top, "frobenius", x.slots());
        }
        if (fn.kind() == Builtin.Kind.STRUCTURAL) {
            List<Value> args = e.indexNotation.sameLayout(b.args().stream().map(a -> e.lower(a, false)).toList());
            String method = switch (fn.structure()) {
                case DIAG -> args.get(0).coreRank() == 1 ? "diagMatrix" : "diagonal";
                case TRACE, CONCAT, DET -> fn.runtimeMethod();
            };
            int core = args.stream().mapToInt(Value::coreRank).max().orElse(0);
            CodeBlock list = args.stream().map(v -> fn != Builtin.CONCAT ? v.code()
                            // a number cell of a matrix written out (its new axis passed through as a number)
                            : v.coreRank() == 0 ? CodeBlock.of("$T.insertAxis($L, 0, -1)", RuntimeTypes.OPS,
                                    e.asTensor(v).code())
                            : e.align(v, Math.max(core, 1)))
                    .collect(CodeBlock.joining(", "));
            return e.stepLocals.step(b, CodeBlock.of("$T.$N($L)", RuntimeTypes.OPS, method, list), top, fn.displayName()
                    .toLowerCase(java.util.Locale.ROOT), args.get(0).slots());
        }
        if (fn.arity() == 2) {
            return e.elementwise(b, BodyEmitter.ElementwiseOp.of(fn), e.lower(b.args().get(0), false),
                    e.lower(b.args().get(1), false));
        }
        Term mean = fn == Builtin.VAR && e.indexScope.isEmpty() ? e.means.get(e.keys.of(b.args().get(0))) : null;
        if (mean != null) {
            return varianceFromMean(b, mean, top);
        }
        Value arg = e.lower(b.args().get(0), false);
        if (fn == Builtin.MEAN && (!arg.tensor() || arg.coreRank() == 0)) {
            return arg; // the expectation of a single draw is that draw (W0321; the shape pass admits no other)
        }
        if (!arg.tensor()) {
            java.util.Optional<dev.eqc.compiler.builtin.ScalarForm> form = fn.scalarForm();
            if (form.isPresent()) {
                return BodyEmitter.scalar(JavaMath.of(form.get(), arg.code()));
            }
            arg = new Value(CodeBlock.of("$T.scalar($T.$L, $L)", RuntimeTypes.TENSOR, RuntimeTypes.DTYPE, e.scalarType, arg.code()), true, 0, 0);
        }
        boolean scalarNorm = arg.coreRank() == 0 && fn.absOfNumber();
        CodeBlock call = CodeBlock.of("$T.$N($L)", RuntimeTypes.OPS, scalarNorm ? "abs" : fn.runtimeMethod(), arg.code());
        if (fn.kind() == Builtin.Kind.LAST_AXIS || fn.kind() == Builtin.Kind.REDUCE_LAST) {
            return e.stepLocals.step(b, call, top, fn.displayName(), arg.slots());
        }
        return e.tensor(call, b, arg.slots());
    }

    /**
     * {@code \\mathrm{Var}(x)} where the method also takes {@code \\mathrm{mean}(x)}: the mean of the
     * squared deviations from that mean, so the row mean is e.computed once ({@code Ops.varLast}
     * would compute it again).
     */
    private Value varianceFromMean(Term.BuiltinCall var, Term mean, boolean top) {
        Value mu = e.lower(mean, false);
        Value x = e.asTensor(e.lower(var.args().get(0), false));
        int core = x.coreRank();
        CodeBlock centered = CodeBlock.of("$T.sub($L, $T.insertAxis($L, $L, -1))", RuntimeTypes.OPS, x.code(),
                RuntimeTypes.OPS, e.asTensor(mu).code(), core - 1);
        return e.stepLocals.step(var, CodeBlock.of("$T.meanLast($T.square($L))", RuntimeTypes.OPS, RuntimeTypes.OPS, centered), top,
                "var", 0);
    }
}
