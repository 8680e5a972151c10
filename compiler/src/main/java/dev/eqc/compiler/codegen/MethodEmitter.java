package dev.eqc.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import dev.eqc.compiler.fusion.FusedLoop;
import dev.eqc.compiler.fusion.FusionPlanner;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.JavaNames;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits one definition as a public static method: Javadoc with the paper's LaTeX and the
 * inferred signature, argument checks that name the parameter, the dimension and both sizes,
 * then the body ({@link BodyEmitter}).
 */
final class MethodEmitter {
    private final TypedProgram typed;
    private final Definition def;
    private final JavaNames locals;
    private final List<String> paramNames = new ArrayList<>();
    /** Java names of dimension symbols bound at entry. */
    private final Map<String, String> dims = new HashMap<>();
    /** Java names of the sizes the method takes as {@code int} parameters. */
    private final Map<String, String> sizeLocals = new HashMap<>();

    private final dev.eqc.compiler.Precision precision;
    /** The local holding the arguments' common batch shape, when the body needs it. */
    private String batchLocal;

    private final ClassHelpers helpers;

    /** For a gradient bundle's method: the arguments' batch shape is kept, as a gradient's is. */
    private boolean bundle;

    MethodEmitter(TypedProgram typed, Definition def, dev.eqc.compiler.Precision precision, ClassHelpers helpers,
            String... typesInScope) {
        this.locals = JavaNames.forLocals(typesInScope);
        this.helpers = helpers;
        this.typed = typed;
        this.def = def;
        this.precision = precision;
    }

    /**
     * Whether the definition compiles to a fused loop, so that {@link #emit} writes two methods,
     * the second with {@code out}; decided as {@code emit} decides it, without writing a body.
     */
    static boolean hasOutForm(TypedProgram typed, Definition def, dev.eqc.compiler.Precision precision) {
        MethodEmitter e = new MethodEmitter(typed, def, precision, new ClassHelpers(List.of()));
        e.signature();
        return e.fusionPlan(e.scope()).isPresent();
    }

    /**
     * The definition's method; for one that compiles to a fused loop, two: {@code f(args…, out)}
     * with the code, which writes the result into {@code out} (or a new tensor when it is null),
     * and {@code f(args…)}, which calls it with null.
     */
    List<MethodSpec> emit() {
        MethodSpec.Builder m = signature();
        MethodScope scope = scope();
        java.util.Optional<FusedLoop> plan = fusionPlan(scope);
        if (plan.isEmpty()) {
            javadoc(m);
            m.addCode(new BodyEmitter(typed, def, scope, locals, this::dimExpression, precision, batchLocal, null, helpers)
                    .emit());
            return List.of(m.build());
        }
        String out = locals.allocate("out");
        MethodSpec.Builder allocating = MethodSpec.methodBuilder(def.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.TENSOR);
        javadoc(allocating);
        List<String> arguments = new ArrayList<>(paramNames);
        arguments.addAll(typed.sizeParameters(def).stream().map(sizeLocals::get).toList());
        for (int i = 0; i < paramNames.size(); i++) {
            allocating.addParameter(RuntimeTypes.TENSOR, paramNames.get(i));
        }
        for (String size : typed.sizeParameters(def)) {
            allocating.addParameter(int.class, sizeLocals.get(size));
        }
        allocating.addStatement("return $N($L, null)", def.javaName(),
                arguments.stream().map(a -> CodeBlock.of("$N", a)).collect(CodeBlock.joining(", ")));

        m.addParameter(RuntimeTypes.TENSOR, out);
        javadoc(m, out);
        m.addCode(new FusedLoopEmitter(plan.get(), locals, typed.program().source(), precision, this::dimExpression,
                out).emit(def.latex()));
        m.addCode(new BodyEmitter(typed, def, scope, locals, this::dimExpression, precision, batchLocal, out, helpers)
                .emit());
        return List.of(allocating.build(), m.build());
    }

    /**
     * The update rule's {@value UpdateRule#METHOD} method ({@link UpdateRule}), for the emitter of its
     * last state: the last state's arguments and entry checks; then, when the last state compiles
     * to one flat loop that holds every other state, that loop, writing every state over its
     * previous value element by element (each element reads only its own position, so in place
     * is safe); else every new value through its method, then each copied over its previous value.
     */
    MethodSpec step(UpdateRule rule) {
        MethodSpec.Builder m = signature(UpdateRule.METHOD).returns(com.palantir.javapoet.TypeName.VOID);
        MethodScope scope = scope();
        StringBuilder doc = new StringBuilder("One step of the update rule, in place: every state's new value is"
                + " computed from the arguments and written over its previous value, in the caller's tensors"
                + " (no new tensor):\n<ul>\n");
        for (UpdateRule.State s : rule.states()) {
            doc.append("<li>{@code ").append(Javadocs.latex(s.next().latexName())).append("} into {@code ")
                    .append(scope.input(s.previous())).append("}\n");
        }
        doc.append("</ul>\nEvery value of a step is computed from the previous values, as the equations say. Each"
                + " tensor written must have its new value's shape (batch included) and must not share storage with"
                + " another argument.\n\n");
        m.addJavadoc("$L", doc.toString());
        List<Shape> shapes = typed.signature(def);
        for (int i = 0; i < paramNames.size(); i++) {
            m.addJavadoc("$L", "@param " + paramNames.get(i) + " {@code "
                    + Javadocs.latex(def.freeInputs().get(i - def.params().size()).latex()) + "}, "
                    + (shapes.get(i).isScalar() ? "a scalar" : "shape " + shapes.get(i)) + "\n");
        }
        for (String size : typed.sizeParameters(def)) {
            m.addJavadoc("$L", "@param " + sizeLocals.get(size) + " the size {@code " + Javadocs.latex(size) + "}\n");
        }
        java.util.Map<Definition, String> others = new java.util.LinkedHashMap<>();
        for (UpdateRule.State s : rule.states()) {
            if (s.next() != def) {
                others.put(s.next(), scope.input(s.previous()));
            }
        }
        String lastPrevious = scope.input(rule.states().get(rule.states().size() - 1).previous());
        java.util.Optional<FusedLoop> plan = fusionPlan(scope).filter(p -> FusedLoopEmitter.canStep(p, others));
        if (plan.isPresent()) {
            m.addCode(new FusedLoopEmitter(plan.get(), locals, typed.program().source(), precision, this::dimExpression,
                    lastPrevious).emitStep(def.latex(), others));
        }
        m.addCode("// General path: every new value from the previous ones first, then each written over its previous value.\n");
        List<String> computed = new ArrayList<>();
        for (UpdateRule.State s : rule.states()) {
            String name = locals.allocate(s.next().javaName() + "_new");
            List<CodeBlock> args = new ArrayList<>();
            for (dev.eqc.compiler.term.Input in : s.next().freeInputs()) {
                args.add(CodeBlock.of("$N", scope.input(in)));
            }
            for (String size : typed.sizeParameters(s.next())) {
                args.add(CodeBlock.of("$N", dims.get(size)));
            }
            m.addStatement("$T $N = $N($L)", RuntimeTypes.TENSOR, name, s.next().javaName(),
                    CodeBlock.join(args, ", "));
            computed.add(name);
        }
        for (int i = 0; i < computed.size(); i++) {
            m.addStatement("$T.into($N, $N)", ClassName.get("dev.eqc.runtime", "Fused"), computed.get(i),
                    scope.input(rule.states().get(i).previous()));
        }
        return m.build();
    }

    /**
     * The method of a gradient bundle ({@code eqc translate --grad L}): the loss's arguments and
     * entry checks, then the loss and every gradient from one forward and one backward pass (the
     * gradient pass differentiated them together, so they share their terms), returned in
     * {@code record}. The caller names it and writes its Javadoc.
     */
    MethodSpec.Builder bundle(String name, List<Definition> gradients, com.palantir.javapoet.ClassName record) {
        bundle = true;
        MethodSpec.Builder m = signature(name).returns(record);
        List<String> names = new ArrayList<>();
        names.add(locals.allocate("value"));
        for (Definition g : gradients) {
            names.add(locals.allocate(g.javaName()));
        }
        m.addCode(new BodyEmitter(typed, def, scope(), locals, this::dimExpression, precision, batchLocal, null, helpers)
                .emitBundle(gradients, names, record));
        return m;
    }

    /** The method with its parameters and entry checks, every name allocated; no body yet. */
    private MethodSpec.Builder signature() {
        return signature(def.javaName());
    }

    private MethodSpec.Builder signature(String name) {
        for (Param p : def.params()) {
            paramNames.add(locals.allocate(p.javaName()));
        }
        for (Input in : def.freeInputs()) {
            paramNames.add(locals.allocate(in.javaName()));
        }
        for (String size : typed.sizeParameters(def)) {
            sizeLocals.put(size, locals.allocate(dev.eqc.compiler.shape.SizeParameters.javaName(size)));
        }
        MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.TENSOR);
        List<Shape> shapes = typed.signature(def);
        for (int i = 0; i < paramNames.size(); i++) {
            m.addParameter(ParameterSpec.builder(RuntimeTypes.TENSOR, paramNames.get(i)).build());
        }
        m.addCode(entryChecks(shapes));
        for (String size : typed.sizeParameters(def)) {
            // A size no argument gives (PE \in \mathbb{R}^{n \times d_{model}}): the caller passes it.
            String local = sizeLocals.get(size);
            dims.put(size, local);
            m.addParameter(int.class, local);
            m.addStatement("$T.requirePositive($N, $S)", RuntimeTypes.SHAPE_CHECK, local, size);
        }
        for (int i = 0; i < paramNames.size(); i++) {
            // Class labels: whole numbers among the classes, or a selection would silently pick nothing.
            Input in = i < def.params().size() ? def.params().get(i).declaration() : def.freeInputs().get(i - def.params().size());
            if (in == null || in.labels() == null) {
                continue;
            }
            Dim count = in.labels().count();
            java.util.Set<String> symbols = new java.util.LinkedHashSet<>();
            if (count != null) {
                collect(count, symbols);
            }
            CodeBlock n = count != null && dims.keySet().containsAll(symbols) ? dimExpression(count)
                    : CodeBlock.of("$T.MAX_VALUE", Integer.class);
            m.addStatement("$T.requireLabels($N, $L, $L, $S)", RuntimeTypes.SHAPE_CHECK, paramNames.get(i),
                    in.labels().first(), n, paramNames.get(i));
        }
        return m;
    }

    /** The Java names of the parameters and free inputs, by position and by key, and of the sizes read so far. */
    private MethodScope scope() {
        Map<String, String> byKey = new HashMap<>();
        for (int i = 0; i < def.params().size(); i++) {
            byKey.put(def.params().get(i).key(), paramNames.get(i));
        }
        for (int i = 0; i < def.freeInputs().size(); i++) {
            byKey.put(def.freeInputs().get(i).key(), paramNames.get(def.params().size() + i));
        }
        return new MethodScope(paramNames.subList(0, def.params().size()), byKey, dims);
    }

    /** The fused loop the definition compiles to, if any (a gradient keeps the general path). */
    private java.util.Optional<FusedLoop> fusionPlan(MethodScope scope) {
        // A gradient's result is broadcast to the batch at the end, which only the general path does.
        return FusionPlanner.plan(typed, def, scope).filter(p -> !typed.gradients().differentiated(def));
    }

    private void javadoc(MethodSpec.Builder m) {
        javadoc(m, null);
    }

    /** The method's Javadoc; with {@code out}, that of the form that writes into it. */
    private void javadoc(MethodSpec.Builder m, String out) {
        if (out != null) {
            String types = java.util.stream.Stream.concat(paramNames.stream().map(p -> "Tensor"),
                    typed.sizeParameters(def).stream().map(p -> "int")).collect(java.util.stream.Collectors.joining(", "));
            m.addJavadoc("$L", "{@link #" + def.javaName() + "(" + types + ")}, written into {@code " + out + "}: for a loop"
                    + " that calls it again and again, where a new result each time costs an allocation (which the"
                    + " JVM zeroes) and garbage to collect.\n\n");
        } else {
            if (def.comment() != null && !def.comment().isBlank()) {
                m.addJavadoc("$L\n\n", Javadocs.prose(def.comment()));
            }
            m.addJavadoc("<pre>{@code\n$L\n}</pre>\n\n", Javadocs.latexLines(def.latex()));
            m.addJavadoc("$L", "<p>Signature: {@code " + Javadocs.text(Javadocs.signature(typed, def, paramNames)) + "}. "
                    + "Every argument may carry extra leading batch dimensions; they broadcast and the result keeps them.\n\n");
        }
        List<Shape> shapes = typed.signature(def);
        for (int i = 0; i < paramNames.size(); i++) {
            String latex = i < def.params().size() ? def.params().get(i).latex()
                    : def.freeInputs().get(i - def.params().size()).latex();
            m.addJavadoc("$L", "@param " + paramNames.get(i) + " {@code " + Javadocs.latex(latex) + "}, "
                    + (shapes.get(i).isScalar() ? "a scalar" : "shape " + shapes.get(i)) + "\n");
        }
        for (String size : typed.sizeParameters(def)) {
            m.addJavadoc("$L", "@param " + sizeLocals.get(size) + " the size {@code " + Javadocs.latex(size) + "}\n");
        }
        Shape result = typed.resultShape(def);
        if (out != null) {
            m.addJavadoc("$L", "@param " + out + " the tensor to write the result into: the result's shape (batch included)"
                    + " and dtype, and it may be one of the arguments of that shape (an in-place update);"
                    + " null for a new tensor\n");
            m.addJavadoc("$L", "@return {@code " + Javadocs.latex(def.latexName()) + "}, shape " + result + ": {@code "
                    + out + "}, or a new tensor when it is null\n");
            return;
        }
        m.addJavadoc("$L", "@return {@code " + Javadocs.latex(def.latexName()) + "}, "
                + (result.isScalar() ? "a scalar" : "shape " + result) + "\n");
    }

    private CodeBlock entryChecks(List<Shape> shapes) {
        CodeBlock.Builder b = CodeBlock.builder();
        Map<String, String> boundBy = new HashMap<>();
        List<String[]> compounds = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            String p = paramNames.get(i);
            b.addStatement("$T.requireRank($N, $L, $S, $S)", RuntimeTypes.SHAPE_CHECK, p, s.rank(), p, s.toString());
            for (int k = 0; k < s.rank(); k++) {
                Dim d = s.dim(k);
                if (d instanceof Dim.Symbol sym) {
                    String existing = dims.get(sym.name());
                    if (existing == null) {
                        String local = locals.allocate(sym.name().replace("{", "").replace("}", ""));
                        dims.put(sym.name(), local);
                        boundBy.put(sym.name(), p);
                        b.addStatement("int $N = $T.dim($N, $L, $L, $S)", local, RuntimeTypes.SHAPE_CHECK, p, s.rank(),
                                k, p);
                    } else {
                        b.addStatement("$T.requireDim($N, $L, $L, $N, $S, $S, $S)", RuntimeTypes.SHAPE_CHECK, p,
                                s.rank(), k, existing, p, sym.name(), boundBy.get(sym.name()));
                    }
                } else if (d instanceof Dim.Known known) {
                    b.addStatement("$T.requireDim($N, $L, $L, $L, $S, $S, $S)", RuntimeTypes.SHAPE_CHECK, p, s.rank(), k,
                            known.value(), p, known.toString(), "its declaration");
                } else {
                    compounds.add(new String[] {p, Integer.toString(s.rank()), Integer.toString(k), d.toString()});
                }
            }
        }
        boolean progress = true;
        while (progress) {
            // x \in R^{K+1}: an axis whose size has one unknown symbol tells it (checked exact below).
            progress = false;
            for (String[] c : compounds) {
                Dim d = findCompound(shapes, c[3]);
                String unknown = d.solvableFor(dims.keySet());
                if (unknown != null) {
                    String local = locals.allocate(unknown.replace("{", "").replace("}", ""));
                    CodeBlock axis = CodeBlock.of("$T.dim($N, $L, $L, $S)", RuntimeTypes.SHAPE_CHECK, c[0], c[1], c[2], c[0]);
                    b.addStatement("int $N = $L", local, solve(d, axis, unknown));
                    dims.put(unknown, local);
                    progress = true;
                }
            }
        }
        for (String[] c : compounds) {
            Dim d = findCompound(shapes, c[3]);
            b.addStatement("$T.requireEqual($T.dim($N, $L, $L, $S), $L, $S)", RuntimeTypes.SHAPE_CHECK,
                    RuntimeTypes.SHAPE_CHECK, c[0], c[1], c[2], c[0], dimExpression(d), c[3] + " of " + c[0]);
        }
        boolean keepBatch = (bundle || typed.gradients().differentiated(def) || ignoresParameter(def))
                && !shapes.isEmpty();
        if (shapes.size() >= 2 || keepBatch) {
            CodeBlock names = paramNames.stream().map(n -> CodeBlock.of("$S", n)).collect(CodeBlock.joining(", "));
            CodeBlock tensors = paramNames.stream().map(n -> CodeBlock.of("$N", n)).collect(CodeBlock.joining(", "));
            CodeBlock ranks = shapes.stream().map(s -> CodeBlock.of("$L", s.rank())).collect(CodeBlock.joining(", "));
            CodeBlock check = CodeBlock.of("$T.batchShape(new $T[] {$L}, new $T[] {$L}, new int[] {$L})",
                    RuntimeTypes.SHAPE_CHECK, RuntimeTypes.STRING, names, RuntimeTypes.TENSOR, tensors, ranks);
            if (keepBatch) {
                // A gradient may not touch every argument (d(a x)/dx = a), yet it is one per batch element.
                batchLocal = locals.allocate("batch");
                b.addStatement("int[] $N = $L", batchLocal, check);
            } else {
                b.addStatement("$L", check);
            }
        }
        return b.build();
    }

    /**
     * Whether the body never reads one of the function's parameters ({@code u(k) = 1/K}): its value
     * does not follow that argument's batch axes, so the result is broadcast to them.
     */
    private static boolean ignoresParameter(Definition def) {
        return def.params().stream().anyMatch(p -> !TermTrees.any(def.body(), t -> reads(t, p)));
    }

    /** Whether {@code t} reads {@code p}: by name, or through a definition whose input it shadows. */
    private static boolean reads(Term t, Param p) {
        if (t instanceof Term.ParamRef r) {
            return r.param().equals(p);
        }
        Definition used = t instanceof Term.ValueRef v ? v.definition() : t instanceof Term.Call c ? c.function() : null;
        return used != null && used.freeInputs().stream().anyMatch(i -> i.key().equals(p.key()));
    }

    private static void collect(Dim d, java.util.Set<String> out) {
        if (d instanceof Dim.Symbol sym) {
            out.add(sym.name());
        } else if (d instanceof Dim.Compound c) {
            collect(c.left(), out);
            collect(c.right(), out);
        }
    }

    private static Dim findCompound(List<Shape> shapes, String text) {
        for (Shape s : shapes) {
            for (Dim d : s.dims()) {
                if (d.toString().equals(text)) {
                    return d;
                }
            }
        }
        throw new AssertionError(text);
    }

    /** A Java int expression for {@code unknown}, the one unbound symbol of {@code d}, given that {@code d} is {@code value}. */
    private CodeBlock solve(Dim d, CodeBlock value, String unknown) {
        if (d instanceof Dim.Symbol) {
            return value;
        }
        Dim.Compound c = (Dim.Compound) d;
        boolean inLeft = c.left().solvableFor(dims.keySet()) != null;
        if (inLeft) {
            CodeBlock r = dimExpression(c.right());
            String inverse = switch (c.op()) {
                case '+' -> "-";
                case '-' -> "+";
                case '*' -> "/";
                default -> "*";
            };
            return solve(c.left(), CodeBlock.of("($L $L $L)", value, inverse, r), unknown);
        }
        CodeBlock l = dimExpression(c.left());
        CodeBlock inner = switch (c.op()) {
            case '+' -> CodeBlock.of("($L - $L)", value, l);
            case '-' -> CodeBlock.of("($L - $L)", l, value);
            case '*' -> CodeBlock.of("($L / $L)", value, l);
            default -> CodeBlock.of("($L / Math.max(1, $L))", l, value);
        };
        return solve(c.right(), inner, unknown);
    }

    /** A Java int expression for a dimension from the bound symbols. */
    private CodeBlock dimExpression(Dim d) {
        if (d instanceof Dim.Known k) {
            return CodeBlock.of("$L", k.value());
        }
        if (d instanceof Dim.Symbol s) {
            String local = dims.get(s.name());
            if (local == null) {
                throw new IllegalStateException("dimension " + s.name() + " is not bound by any argument");
            }
            return CodeBlock.of("$N", local);
        }
        Dim.Compound c = (Dim.Compound) d;
        return CodeBlock.of("($L $L $L)", dimExpression(c.left()), c.op(), dimExpression(c.right()));
    }
}
