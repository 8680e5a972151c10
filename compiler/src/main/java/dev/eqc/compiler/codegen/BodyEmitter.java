package dev.eqc.compiler.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.List;

/**
 * Lowers a definition's body to runtime calls. Each major step of the paper (a product, a
 * softmax, a call of another definition) gets its own local with the LaTeX it computes as a
 * comment; element-wise glue stays inline. Scalars that need no tensor (numbers, constants,
 * dimensions) stay plain {@code double} arithmetic.
 *
 * <p>Batching (SPEC 3.1): every tensor's trailing axes are its core shape, the leading ones
 * batch. Where an operation combines operands of different core rank, the lower one is
 * aligned ({@code Ops.alignCore}) so that batch axes meet batch axes.
 */
final class BodyEmitter implements Term.Visitor<Boolean, BodyEmitter.Value> {
    /**
     * A lowered expression: Java code, whether it is a tensor, its core rank, and how many
     * index-slot axes sit between its batch and core axes (0, or all of the scope's).
     */
    record Value(CodeBlock code, boolean tensor, int coreRank, int slots, boolean constant) {
        Value(CodeBlock code, boolean tensor, int coreRank, int slots) {
            this(code, tensor, coreRank, slots, false);
        }
    }

    final TypedProgram typed;
    final Definition def;
    final MethodScope scope;
    final JavaNames locals;
    final CodeBlock.Builder out = CodeBlock.builder();
    final java.util.function.Function<Dim, CodeBlock> sizes;
    /** The dtype of scalars that must become tensors, so they never lower the program's precision. */
    final String scalarType;
    /** Index variables in scope; a variable's slot is its position here. */
    final List<IndexVar> indexScope = new java.util.ArrayList<>();
    /** The local with the arguments' batch shape, which a gradient's result is broadcast to; null for others. */
    private final String batchLocal;
    /** The method's {@code out} parameter, when it has one: the result is delivered into it. */
    private final String outParam;
    final IndexNotationCode indexNotation = new IndexNotationCode(this);
    private final OperationCalls operations = new OperationCalls(this);
    final StepLocals stepLocals = new StepLocals(this);
    final AttentionForm attentionForm = new AttentionForm(this);
    /** The class's private helper methods, for steps the runtime has no call for. */
    private final ClassHelpers helpers;

    BodyEmitter(TypedProgram typed, Definition def, MethodScope scope, JavaNames locals, java.util.function.Function<Dim, CodeBlock> sizes, dev.eqc.compiler.Precision precision,
            String batchLocal, String outParam, ClassHelpers helpers) {
        this.helpers = helpers;
        this.batchLocal = batchLocal;
        this.outParam = outParam;
        this.scalarType = precision == dev.eqc.compiler.Precision.DOUBLE ? "FLOAT64" : "FLOAT32";
        this.typed = typed;
        this.def = def;
        this.scope = scope;
        this.locals = locals;
        this.sizes = sizes;
    }

    CodeBlock emit() {
        if (def.body() instanceof Term.Interleave il) {
            return indexNotation.interleave(il);
        }
        if (typed.gradients().differentiated(def)) {
            stepLocals.findSharedTerms(def.body());
        }
        findMeans(List.of(def.body()));
        if (def.body() instanceof Term.Scan scan) {
            return scanLoop(scan);
        }
        if (def.elementwise()) {
            indexScope.addAll(def.indices());
            Value body = asTensor(lower(def.body(), false));
            CodeBlock extents = def.indices().stream().map(v -> sizes.apply(typed.extentOf(v)))
                    .collect(CodeBlock.joining(", "));
            statementComment();
            out.addStatement("return $L", deliver(CodeBlock.of("$T.expandSlots($L, $L, new int[] {$L})",
                    RuntimeTypes.INDEX_OPS, indexNotation.lift(body).code(), body.coreRank(), extents)));
            return out.build();
        }
        Value result = lower(def.body(), true);
        statementComment();
        if (batchLocal != null) {
            out.addStatement("return $T.expandBatch($L, $L, $N)", RuntimeTypes.OPS, asTensor(result).code(),
                    rank(def.body()), batchLocal);
            return out.build();
        }
        if (!result.tensor()) {
            out.addStatement("return $L", deliver(CodeBlock.of("$T.scalar($T.$L, $L)", RuntimeTypes.TENSOR,
                    RuntimeTypes.DTYPE, scalarType, result.code())));
        } else {
            out.addStatement("return $L", deliver(result.code()));
        }
        return out.build();
    }

    /** The Java loop variable of each scan being emitted, by its step: {@code u_k} reads step {@code k} of {@code u}. */
    final java.util.Map<IndexVar, String> loopVars = new java.util.IdentityHashMap<>();
    /** The local holding each scan's state, by its step: what {@code x_{k-1}} reads. */
    private final java.util.Map<IndexVar, String> scanStates = new java.util.IdentityHashMap<>();

    /**
     * A recurrence over a sequence as the paper runs it: the state starts at the initial state, a loop over the
     * step computes the body from the state the step before left and keeps each state, and the states are
     * stacked in position order.
     */
    private CodeBlock scanLoop(Term.Scan s) {
        List<Dim> cell = typed.shapeOf(s.body()).dims();
        CodeBlock cellSizes = cell.stream().map(sizes).collect(CodeBlock.joining(", "));
        CodeBlock steps = sizes.apply(typed.extentOf(s.step()));
        Value initial = asTensor(lower(s.initial(), false));
        String state = locals.allocate(def.javaName() + "Step");
        String states = locals.allocate(def.javaName() + "Steps");
        String letter = s.step().name().matches("[A-Za-z][A-Za-z0-9]*") ? s.step().name() : "k";
        String k = locals.allocate(letter);
        out.add("// the state before the $L step\n", s.backward() ? "last" : "first");
        CodeBlock start = CodeBlock.of("$T.start($L, $T.$L", RuntimeTypes.SCANS, initial.code(), RuntimeTypes.DTYPE, scalarType);
        out.addStatement("$T $N = $L$L)", RuntimeTypes.TENSOR, state, start,
                cell.isEmpty() ? CodeBlock.of("") : CodeBlock.of(", $L", cellSizes));
        out.addStatement("$T[] $N = new $T[$L]", RuntimeTypes.TENSOR, states, RuntimeTypes.TENSOR, steps);
        if (s.backward()) {
            out.beginControlFlow("for (int $N = $L - 1; $N >= 0; $N--)", k, steps, k, k);
        } else {
            out.beginControlFlow("for (int $N = 0; $N < $L; $N++)", k, k, steps, k);
        }
        loopVars.put(s.step(), k);
        scanStates.put(s.step(), state);
        Value body = asTensor(lower(s.body(), false));
        statementComment();
        out.addStatement("$N = $L", state, body.code());
        out.addStatement("$N[$N] = $N", states, k, state);
        out.endControlFlow();
        loopVars.remove(s.step());
        scanStates.remove(s.step());
        out.addStatement("return $L", deliver(CodeBlock.of("$T.stack($N, $L)", RuntimeTypes.SCANS, states, cell.size())));
        return out.build();
    }

    /** Only a definition's whole body is a scan ({@link #scanLoop}). */
    @Override
    public Value scan(Term.Scan s, Boolean top) {
        throw new IllegalStateException("a recurrence inside another expression: " + s.span());
    }

    @Override
    public Value scanState(Term.ScanState s, Boolean top) {
        String state = scanStates.get(s.step());
        if (state == null) {
            throw new IllegalStateException("the state of the scan over " + s.step() + " is read outside it: " + s.span());
        }
        return new Value(CodeBlock.of("$N", state), true, rank(s), 0);
    }

    /** The definition's LaTeX, as one line, above the statement that computes it. */
    private void statementComment() {
        out.add("// $L\n", Javadocs.text(def.latex().replaceAll("\\s+", " ").strip()));
    }

    /**
     * A gradient bundle's body: the loss (this emitter's definition) and each gradient, computed in
     * one method so that the forward steps and the backward steps they share are computed once,
     * into locals {@code names} (the loss's first), returned as one {@code record}.
     */
    CodeBlock emitBundle(List<Definition> gradients, List<String> names, com.palantir.javapoet.ClassName record) {
        List<Term> roots = new java.util.ArrayList<>();
        roots.add(def.body());
        gradients.forEach(g -> roots.add(g.body()));
        stepLocals.findSharedTerms(roots.toArray(new Term[0]));
        findMeans(roots);
        Value value = lower(def.body(), true);
        statementComment();
        out.addStatement("$T $N = $L", RuntimeTypes.TENSOR, names.get(0), value.tensor() ? value.code()
                : CodeBlock.of("$T.scalar($T.$L, $L)", RuntimeTypes.TENSOR, RuntimeTypes.DTYPE, scalarType, value.code()));
        for (int i = 0; i < gradients.size(); i++) {
            Term g = gradients.get(i).body();
            CodeBlock gradient = asTensor(lower(g, true)).code();
            out.add("// $L\n", Javadocs.text(gradients.get(i).latex().replaceAll("\\s+", " ").strip()));
            out.addStatement("$T $N = $T.expandBatch($L, $L, $N)", RuntimeTypes.TENSOR, names.get(i + 1), RuntimeTypes.OPS,
                    gradient, rank(g), batchLocal);
        }
        out.addStatement("return new $T($L)", record, names.stream().map(n -> CodeBlock.of("$N", n))
                .collect(CodeBlock.joining(", ")));
        return out.build();
    }

    /** The returned value: the result itself, or, for a method with {@code out}, the result copied there. */
    CodeBlock deliver(CodeBlock result) {
        return outParam == null ? result : CodeBlock.of("$T.into($L, $N)", FUSED_CLASS, result, outParam);
    }

    private static final com.palantir.javapoet.ClassName FUSED_CLASS =
            com.palantir.javapoet.ClassName.get("dev.eqc.runtime", "Fused");

    int rank(Term t) {
        return typed.shapeOf(t).rank();
    }

    /**
     * Steps already computed, by term identity: a gradient reuses the forward terms it differentiates,
     * and each is computed once per method.
     */
    final java.util.HashMap<Integer, Value> computed = new java.util.HashMap<>();
    /** Numbers terms by what they compute, so a step written twice (or rebuilt by the gradient pass) is computed once. */
    final dev.eqc.compiler.term.TermKeys keys = new dev.eqc.compiler.term.TermKeys();
    /** The row means the method takes, by the number of their argument: a variance of the same argument reuses one. */
    final java.util.Map<Integer, Term> means = new java.util.HashMap<>();

    Value lower(Term t, boolean top) {
        Value done = indexScope.isEmpty() ? computed.get(keys.of(t)) : null;
        if (done != null) {
            return done;
        }
        Value v = t.accept(this, top);
        if (!top && indexScope.isEmpty() && v.tensor() && !v.constant() && !computed.containsKey(keys.of(t))
                && !(t instanceof Term.InputRef || t instanceof Term.ParamRef)
                && (stepLocals.sharedTerms.contains(t) || typed.gradients().backwardStepOf(t).isPresent())) {
            v = stepLocals.local(t, v);
        } else if (!top && !v.constant() && stepLocals.height(t) % StepLocals.SPILL_EVERY == 0) {
            v = stepLocals.spill(v);
        }
        return v;
    }







    @Override
    public Value literal(Term.Literal l, Boolean top) {
        return scalar(CodeBlock.of("$L", literal(l.value())));
    }

    @Override
    public Value constRef(Term.ConstRef c, Boolean top) {
        return scalar(CodeBlock.of("$N", c.constant().javaName()));
    }

    @Override
    public Value dimValue(Term.DimValue d, Boolean top) {
        Dim tied = typed.tiedDim(d.dim());
        if (tied != null) {
            return scalar(CodeBlock.of("(double) ($L)", sizes.apply(tied)));
        }
        return scalar(CodeBlock.of("(double) $N", scope.dim(d.dim())));
    }

    @Override
    public Value paramRef(Term.ParamRef p, Boolean top) {
        Term t = p;
        return tensor(CodeBlock.of("$N", scope.param(p.index())), t);
    }

    @Override
    public Value inputRef(Term.InputRef in, Boolean top) {
        Term t = in;
        return tensor(CodeBlock.of("$N", scope.input(in.input())), t);
    }

    @Override
    public Value valueRef(Term.ValueRef v, Boolean top) {
        Term t = v;
        int[] slots = new int[1];
        CodeBlock args = freeArgs(v.definition(), null, slots);
        return stepLocals.step(t, CodeBlock.of("$N($L)", v.definition().javaName(), args), top, v.definition().javaName(),
                slots[0]);
    }

    @Override
    public Value call(Term.Call c, Boolean top) {
        Term t = c;
        int[] slots = new int[1];
        CodeBlock args = freeArgs(c.function(), c.args(), slots);
        return stepLocals.step(t, CodeBlock.of("$N($L)", c.function().javaName(), args), top, c.function().javaName(),
                slots[0]);
    }

    @Override
    public Value negate(Term.Negate n, Boolean top) {
        Term t = n;
        Value v = lower(n.operand(), false);
        return v.tensor() ? tensor(CodeBlock.of("$T.neg($L)", RuntimeTypes.OPS, v.code()), t, v.slots())
                : scalar(CodeBlock.of("(-$L)", v.code()));
    }

    @Override
    public Value transpose(Term.Transpose tr, Boolean top) {
        Term t = tr;
        Value v = lower(tr.operand(), false);
        if (!v.tensor() || v.coreRank() < 2) {
            return v;
        }
        return tensor(CodeBlock.of("$T.transpose($L)", RuntimeTypes.OPS, v.code()), t, v.slots());
    }

    @Override
    public Value arith(Term.Arith a, Boolean top) {
        return elementwise(a, ElementwiseOp.of(a.op()), lower(a.left(), false), lower(a.right(), false));
    }

    @Override
    public Value power(Term.Power p, Boolean top) {
        Term t = p;
        return switch (typed.powerKind(p)) {
            case MATRIX_INVERSE -> {
                Value v = lower(p.base(), false);
                yield tensor(CodeBlock.of("$T.inverse($L)", RuntimeTypes.OPS, v.code()), t, v.slots());
            }
            case DIAGONAL -> {
                Value v = lower(p.base(), false);
                yield tensor(CodeBlock.of("$T.diagonalPower($L, $L)", RuntimeTypes.OPS, v.code(),
                        dev.eqc.compiler.shape.TypedProgram.constant(p.exponent()).doubleValue()), t, v.slots());
            }
            case MATRIX -> matrixPower(t, lower(p.base(), false), lower(p.exponent(), false));
            case ELEMENTWISE -> elementwise(t, ElementwiseOp.POW, lower(p.base(), false), lower(p.exponent(), false));
        };
    }

    /** {@code L^k} with k running: the runtime's matrix power, the exponent's index axes beside the matrix's. */
    private Value matrixPower(Term t, Value base, Value exponent) {
        if (!exponent.tensor()) {
            return tensor(CodeBlock.of("$T.matrixPower($L, $L)", RuntimeTypes.OPS, base.code(), exponent.code()), t,
                    base.slots());
        }
        if (base.slots() > 0 || exponent.slots() > 0) {
            base = indexNotation.lift(base);
            exponent = indexNotation.lift(exponent);
        }
        return tensor(CodeBlock.of("$T.matrixPower($L, $L)", RuntimeTypes.OPS, align(base, 2), align(exponent, 2)), t,
                Math.max(base.slots(), exponent.slots()));
    }

    @Override
    public Value product(Term.Product p, Boolean top) {
        return operations.product(p, top);
    }

    @Override
    public Value builtinCall(Term.BuiltinCall b, Boolean top) {
        return operations.builtin(b, top);
    }

    @Override
    public Value index(Term.Index ix, Boolean top) {
        return indexNotation.index(ix);
    }

    @Override
    public Value alongAxis(Term.AlongAxis a, Boolean top) {
        Term t = a;
        Value arg = lower(a.arg(), false);
        int axis = typed.axisOf(a);
        CodeBlock moved = CodeBlock.of("$T.moveAxis($L, $L, -1)", RuntimeTypes.INDEX_OPS, arg.code(), axis);
        CodeBlock applied = CodeBlock.of("$T.$N($L)", RuntimeTypes.OPS, a.builtin().runtimeMethod(), moved);
        if (a.builtin().kind() == Builtin.Kind.LAST_AXIS) {
            applied = CodeBlock.of("$T.moveAxis($L, -1, $L)", RuntimeTypes.INDEX_OPS, applied, axis);
        } else if (a.keep()) {
            // the reduced axis stays with size 1, so the value broadcasts back (KeptAxes)
            applied = CodeBlock.of("$T.insertAxis($L, $L, $L)", RuntimeTypes.OPS, applied, arg.coreRank() - 1, axis);
        }
        return stepLocals.step(t, applied, top, a.builtin().displayName(), arg.slots());
    }

    @Override
    public Value compare(Term.Compare c, Boolean top) {
        Term t = c;
        List<Value> both = indexNotation.sameLayout(List.of(lower(c.left(), false), lower(c.right(), false)));
        int core = Math.max(both.get(0).coreRank(), both.get(1).coreRank());
        return tensor(CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.CONDITIONS, c.op().name().toLowerCase(java.util.Locale.ROOT),
                align(both.get(0), core), align(both.get(1), core)), t, slots(both));
    }

    @Override
    public Value where(Term.Where w, Boolean top) {
        Term t = w;
        List<Value> all = indexNotation.sameLayout(List.of(lower(w.condition(), false), lower(w.then(), false),
                lower(w.otherwise(), false)));
        int core = all.stream().mapToInt(Value::coreRank).max().orElse(0);
        return tensor(CodeBlock.of("$T.where($L, $L, $L)", RuntimeTypes.CONDITIONS, align(all.get(0), core),
                align(all.get(1), core), align(all.get(2), core)), t, slots(all));
    }

    /**
     * The slot axes of an element-wise result: the most of its operands' (a constant, such as the 1
     * in {@code 1 < \\sum_i x_i^2}, keeps none even beside operands in index notation).
     */
    private static int slots(List<Value> operands) {
        return operands.stream().mapToInt(Value::slots).max().orElse(0);
    }

    @Override
    public Value indexValue(Term.IndexValue iv, Boolean top) {
        String step = loopVars.get(iv.var());
        if (step != null) {
            // the step of a recurrence, as a number: the loop variable, counted as the index counts
            return new Value(iv.var().firstValue() == 0 ? CodeBlock.of("$N", step)
                    : CodeBlock.of("($N + $L)", step, iv.var().firstValue()), false, 0, 0);
        }
        return indexNotation.iota(iv.var());
    }

    @Override
    public Value reduce(Term.Reduce red, Boolean top) {
        return indexNotation.reduce(red, top);
    }

    @Override
    public Value strided(Term.Strided st, Boolean top) {
        Value base = asTensor(lower(st.base(), false));
        return new Value(CodeBlock.of("$T.slice($L, $L, $L, $L)", RuntimeTypes.STRIDES, base.code(),
                st.axis() - base.coreRank(), st.stride(), st.offset()), true, rank(st), base.slots());
    }

    @Override
    public Value familyConcat(Term.FamilyConcat fc, Boolean top) {
        Term t = fc;
        Value family = asTensor(lower(fc.family(), false));
        return stepLocals.step(t, CodeBlock.of("$T.concatFamily($L, $L)", RuntimeTypes.STRIDES, family.code(),
                family.coreRank() - 1), top, "concat", family.slots());
    }

    @Override
    public Value sumTo(Term.SumTo st, Boolean top) {
        Term t = st;
        Value v = asTensor(lower(st.operand(), false));
        CodeBlock target = typed.shapeOf(st.like()).dims().stream().map(sizes).collect(CodeBlock.joining(", "));
        return tensor(CodeBlock.of("$T.sumTo($L, $L, new int[] {$L})", RuntimeTypes.OPS, v.code(), v.coreRank(),
                target), t, v.slots());
    }

    @Override
    public Value sliceLast(Term.SliceLast sl, Boolean top) {
        Term t = sl;
        Value v = asTensor(lower(sl.operand(), false));
        CodeBlock start = sl.before().isEmpty() ? CodeBlock.of("0") : sl.before().stream()
                .map(b -> sizes.apply(typed.shapeOf(b).fromEnd(1))).collect(CodeBlock.joining(" + "));
        return tensor(CodeBlock.of("$T.sliceLast($L, $L, $L)", RuntimeTypes.OPS, v.code(), start,
                sizes.apply(typed.shapeOf(sl.like()).fromEnd(1))), t, v.slots());
    }

    @Override
    public Value stack(Term.Stack st, Boolean top) {
        // A gathered adjoint is closed (it sums every other index), so it is computed on its own
        // even where it is used inside index notation, and then carries no slot axes.
        List<IndexVar> outer = new java.util.ArrayList<>(indexScope);
        indexScope.clear();
        indexScope.addAll(st.vars());
        Value lowered = asTensor(lower(st.body(), false));
        // Every slot axis present, even for a body that is one number (\nabla_s \sum_i s_i gathers 1):
        // expandSlots broadcasts those axes to the ranges.
        Value body = lowered.slots() == st.vars().size() ? lowered : new Value(CodeBlock.of("$T.alignCore($L, $L, $L)",
                RuntimeTypes.OPS, lowered.code(), lowered.coreRank(), lowered.coreRank() + st.vars().size()), true,
                lowered.coreRank(), st.vars().size());
        indexScope.clear();
        indexScope.addAll(outer);
        CodeBlock extents = st.vars().stream().map(v -> sizes.apply(typed.extentOf(v)))
                .collect(CodeBlock.joining(", "));
        return stepLocals.step(st, CodeBlock.of("$T.expandSlots($L, $L, new int[] {$L})", RuntimeTypes.INDEX_OPS, body.code(),
                body.coreRank(), extents), top, "gathered");
    }

    @Override
    public Value insertAxis(Term.InsertAxis ins, Boolean top) {
        Term t = ins;
        Value number = lower(ins.operand(), false);
        if (!number.tensor()) {
            return number; // a plain number broadcasts against any shape as it is
        }
        Value v = number;
        return tensor(CodeBlock.of("$T.insertAxis($L, $L, $L)", RuntimeTypes.OPS, v.code(), v.coreRank(),
                ins.axis()), t, v.slots());
    }

    @Override
    public Value gradient(Term.Gradient g, Boolean top) {
        throw new IllegalStateException("the gradient pass replaces every gradient before code generation: " + g.span());
    }

    /** Strided definitions are a whole body, lowered by {@link #interleave(Term.Interleave)}. */
    @Override
    public Value interleave(Term.Interleave il, Boolean top) {
        throw new IllegalStateException("strided definitions are only ever a whole body: " + il.span());
    }

    /** The adjoint of a strided view: the operand at every {@code stride}-th place, zeros between. */
    @Override
    public Value unstride(Term.Unstride u, Boolean top) {
        Value v = asTensor(lower(u.operand(), false));
        List<CodeBlock> parts = new java.util.ArrayList<>();
        for (int p = 0; p < u.stride(); p++) {
            parts.add(p == u.offset() ? v.code() : CodeBlock.of("$T.scalar($T.$L, 0.0)", RuntimeTypes.TENSOR,
                    RuntimeTypes.DTYPE, scalarType));
        }
        return stepLocals.step(u, CodeBlock.of("$T.interleave($L, $L)", RuntimeTypes.STRIDES, u.axis() - v.coreRank(),
                CodeBlock.join(parts, ", ")), top, "spread", v.slots());
    }

    /** The adjoint of a family's concatenation: the members split apart again ({@code splitMembers}). */
    @Override
    public Value splitFamily(Term.SplitFamily sf, Boolean top) {
        Value v = asTensor(lower(sf.operand(), false));
        int memberRank = rank(sf.like()) - 1;
        return stepLocals.step(sf, CodeBlock.of("$N($L, $L, $L)", helpers.use(ClassHelpers.Helper.SPLIT_MEMBERS), v.code(),
                sizes.apply(typed.shapeOf(sf.like()).dim(0)), memberRank), top, "members", v.slots());
    }


    // ---- index notation: see dev.eqc.runtime.IndexOps for the layout ----------------------






    Value asTensor(Value v) {
        // A number made a tensor has no batch axes: it broadcasts as it is, with no alignment.
        return v.tensor() ? v : new Value(CodeBlock.of("$T.scalar($T.$L, $L)", RuntimeTypes.TENSOR, RuntimeTypes.DTYPE,
                scalarType, v.code()), true, 0, 0, true);
    }







    /** Notes every row mean of the method's bodies, by its argument, for {@link #varianceFromMean}. */
    private void findMeans(List<Term> roots) {
        for (Term root : roots) {
            for (Term t : dev.eqc.compiler.term.TermTrees.preorder(root)) {
                if (t instanceof Term.BuiltinCall m && m.builtin() == Builtin.MEAN) {
                    means.putIfAbsent(keys.of(m.args().get(0)), m);
                }
            }
        }
    }

    /** Element-wise operations of two operands: the {@code Ops} method, and the Java of two plain numbers. */
    enum ElementwiseOp {
        ADD("add"), SUB("sub"), MUL("mul"), DIV("div"), POW("pow"), MAX("max"), MIN("min");

        final String runtimeMethod;

        ElementwiseOp(String runtimeMethod) {
            this.runtimeMethod = runtimeMethod;
        }

        static ElementwiseOp of(Term.ArithOp op) {
            return switch (op) {
                case ADD -> ADD;
                case SUB -> SUB;
                case MUL -> MUL;
                case DIV -> DIV;
            };
        }

        /** A two-argument built-in ({@link Builtin.Kind#BINARY}). */
        static ElementwiseOp of(Builtin fn) {
            return switch (fn) {
                case MAX -> MAX;
                case MIN -> MIN;
                default -> throw new IllegalArgumentException("not a two-argument element-wise built-in: " + fn);
            };
        }

        CodeBlock ofNumbers(CodeBlock l, CodeBlock r) {
            return switch (this) {
                case ADD -> CodeBlock.of("($L + $L)", l, r);
                case SUB -> CodeBlock.of("($L - $L)", l, r);
                case MUL -> CodeBlock.of("($L * $L)", l, r);
                case DIV -> CodeBlock.of("($L / $L)", l, r);
                case POW -> CodeBlock.of("$T.pow($L, $L)", RuntimeTypes.MATH, l, r);
                case MAX -> CodeBlock.of("$T.max($L, $L)", RuntimeTypes.MATH, l, r);
                case MIN -> CodeBlock.of("$T.min($L, $L)", RuntimeTypes.MATH, l, r);
            };
        }
    }

    Value elementwise(Term t, ElementwiseOp op, Value l, Value r) {
        if (!l.tensor() && !r.tensor()) {
            return scalar(op.ofNumbers(l.code(), r.code()));
        }
        if (l.slots() > 0 || r.slots() > 0) {
            l = indexNotation.lift(l);
            r = indexNotation.lift(r);
        }
        int core = Math.max(l.tensor() ? l.coreRank() : 0, r.tensor() ? r.coreRank() : 0);
        return tensor(CodeBlock.of("$T.$N($L, $L)", RuntimeTypes.OPS, op.runtimeMethod, align(l, core), align(r, core)),
                t, Math.max(l.slots(), r.slots()));
    }

    /** A tensor of lower core rank gets unit axes between its batch and core axes. */
    CodeBlock align(Value v, int targetCore) {
        if (!v.tensor() || v.constant() || v.coreRank() >= targetCore) {
            return v.code();
        }
        return CodeBlock.of("$T.alignCore($L, $L, $L)", RuntimeTypes.OPS, v.code(), v.coreRank(), targetCore);
    }




    /**
     * Arguments of a call: explicit ones, then the callee's free inputs bound by name here.
     * Inside index notation, arguments that depend on an index carry slot axes, which the
     * callee treats as batch axes; then every argument gets them, so batch axes still line up.
     */
    CodeBlock freeArgs(Definition callee, List<Term> explicit, int[] slotsOut) {
        List<Value> args = new java.util.ArrayList<>();
        if (explicit != null) {
            for (Term a : explicit) {
                args.add(asTensor(lower(a, false)));
            }
        }
        for (Input in : callee.freeInputs()) {
            String name = scope.input(in);
            if (name == null) {
                throw new IllegalStateException(in.key() + " is not in scope of " + def.key());
            }
            args.add(new Value(CodeBlock.of("$N", name), true, typed.shapeOf(in).rank(), 0));
        }
        boolean indexed = args.stream().anyMatch(v -> v.slots() > 0);
        slotsOut[0] = indexed ? indexScope.size() : 0;
        List<CodeBlock> codes = new java.util.ArrayList<>(args.stream().map(v -> indexed ? indexNotation.lift(v).code() : v.code()).toList());
        for (String size : typed.sizeParameters(callee)) {
            codes.add(sizes.apply(new Dim.Symbol(size, false)));
        }
        return CodeBlock.join(codes, ", ");
    }

    Value tensor(CodeBlock code, Term t) {
        return new Value(code, true, rank(t), 0);
    }

    Value tensor(CodeBlock code, Term t, int slots) {
        return new Value(code, true, rank(t), slots);
    }

    static Value scalar(CodeBlock code) {
        return new Value(code, false, 0, 0);
    }

    private static CodeBlock literal(double v) {
        return JavaNumbers.literal(v);
    }
}
