package dev.eqc.compiler.shape;

import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.TermTrees;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sizes a definition takes as {@code int} parameters (docs/LANGUAGE.md, Sizes no input gives): every
 * named dimension it needs (a dimension of its result, the range of one of its indices, a dimension used
 * as a value, {@code \frac{1}{m}}, or a size a definition it uses takes) that no axis of its arguments
 * gives. The generated method takes them after its tensors; {@code eqc run} as {@code --dim NAME=INT}.
 *
 * <p>Not a size parameter, so E0110 where it is needed: a dimension that is an axis of another input of the
 * file, used by this definition only as a value ({@code \mu = \frac{1}{h} x} beside {@code W \in
 * \mathbb{R}^{h \times d}}): the definition most likely forgot that input. A size taken only because a
 * declaration of the result names it ({@code PE \in \mathbb{R}^{n \times d_{model}}}) or because it counts
 * classes, or because it is a declared integer ({@code m, n = 1, \dots, L} with {@code L \in \mathbb{N}}: the
 * runner reads it from that scalar input) is silent; any other is W0195, once per size in the file.
 */
public final class SizeParameters {
    private final ShapeInference pass;
    private final ResolvedProgram program;
    private final Map<Definition, Shape> results;
    private final Unifier unifier;
    private final Map<String, Dim> tiedDims;

    SizeParameters(ShapeInference pass, ResolvedProgram program, Map<Definition, Shape> results, Unifier unifier,
            Map<String, Dim> tiedDims) {
        this.pass = pass;
        this.program = program;
        this.results = results;
        this.unifier = unifier;
        this.tiedDims = tiedDims;
    }

    /** One needed size: where it is first needed, and whether a declaration or the classes of a label give it. */
    private record Need(Span at, boolean declared) {}

    /** The size parameters of every typed definition; {@code quiet}: sizes already warned about (W0196). */
    IdentityHashMap<Definition, List<String>> solve(Set<String> quiet) {
        Set<String> fileAxes = new LinkedHashSet<>();
        for (Input in : program.inputs()) {
            if (in.declared()) {
                ShapeInference.collectSymbols(unifier.resolve(new Shape(in.dims())), fileAxes);
            }
        }
        IdentityHashMap<Definition, Map<String, Need>> own = new IdentityHashMap<>();
        IdentityHashMap<Definition, Set<String>> bound = new IdentityHashMap<>();
        IdentityHashMap<Definition, Set<String>> shaping = new IdentityHashMap<>();
        for (Definition d : program.definitions()) {
            if (results.containsKey(d)) {
                bound.put(d, boundByArguments(d));
                Map<String, Need> needs = new LinkedHashMap<>();
                Set<String> shapes = new LinkedHashSet<>();
                needs(d, needs, shapes);
                own.put(d, needs);
                shaping.put(d, shapes);
            }
        }
        IdentityHashMap<Definition, Map<String, Need>> taken = new IdentityHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Definition d : program.definitions()) {
                if (!own.containsKey(d)) {
                    continue;
                }
                Map<String, Need> now = new LinkedHashMap<>();
                for (Map.Entry<String, Need> e : own.get(d).entrySet()) {
                    String sym = e.getKey();
                    // b = -\log(n) (sigmoid attention's bias): a value of sizes alone, with no input axis to forget,
                    // takes the sizes it uses, also those other inputs of the file have.
                    if (!bound.get(d).contains(sym) && (!fileAxes.contains(sym) || shaping.get(d).contains(sym)
                            || bound.get(d).isEmpty() && readsNoTensor(d))) {
                        now.put(sym, e.getValue());
                    }
                }
                for (Term t : TermTrees.preorder(d.body())) {
                    Definition callee = t instanceof Term.ValueRef v ? v.definition() : t instanceof Term.Call c
                            ? c.function() : null;
                    if (callee == null || !taken.containsKey(callee)) {
                        continue;
                    }
                    for (Map.Entry<String, Need> e : taken.get(callee).entrySet()) {
                        if (!bound.get(d).contains(e.getKey())) {
                            now.putIfAbsent(e.getKey(), new Need(t.span(), e.getValue().declared()));
                        }
                    }
                }
                if (!now.equals(taken.get(d))) {
                    taken.put(d, now);
                    changed = true;
                }
            }
        }
        IdentityHashMap<Definition, List<String>> out = new IdentityHashMap<>();
        Set<String> warned = new LinkedHashSet<>(quiet);
        for (Input in : program.inputs()) {
            if (in.declared() && in.integer() && in.dims().isEmpty() && in.labels() == null) {
                warned.add(in.latex());   // L \in \mathbb{N} ending a range: the declaration gives it, the runner reads it
            }
        }
        for (Definition d : program.definitions()) {
            Map<String, Need> sizes = taken.get(d);
            if (sizes == null) {
                continue;
            }
            out.put(d, List.copyOf(sizes.keySet()));
            for (Map.Entry<String, Need> e : sizes.entrySet()) {
                if (!e.getValue().declared() && warned.add(e.getKey())) {
                    warn(d, e.getKey(), e.getValue().at(), fileAxes.contains(e.getKey()));
                }
            }
        }
        return out;
    }

    private void warn(Definition d, String size, Span at, boolean elsewhere) {
        String java = javaName(size);
        Diagnostic.of(Code.W0195, pass.source, at, "`" + size + "` is the size of no input axis of `" + d.latexName()
                        + "`" + (elsewhere ? " (an input it does not use has it)" : ", and no input of the file has it")
                        + ", so `" + d.latexName() + "` takes it as a size")
                .caret("`" + size + "` is given when running it")
                .help("give it: `eqc run … --dim " + size.replace("{", "").replace("}", "") + "=INT` (the generated"
                        + " method takes `int " + java + "`), or declare an input with `" + size + "` as an axis")
                .report(pass.diagnostics);
    }

    /** Whether {@code d} reads no input or value with an axis: its body is made of numbers and sizes. */
    private boolean readsNoTensor(Definition d) {
        for (Term t : TermTrees.preorder(d.body())) {
            if (t instanceof Term.InputRef || t instanceof Term.ValueRef || t instanceof Term.Call) {
                Shape shape = pass.shapes.get(t);
                if (shape == null || !shape.dims().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The Java name of a size parameter: {@code d_{model}} is {@code dModel}, {@code n_p} is {@code nP}. */
    public static String javaName(String size) {
        String plain = size.replace("{", "").replace("}", "").replace("\\", "").replace("'", "Prime");
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : plain.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                up = b.length() > 0;
                continue;
            }
            b.append(up ? Character.toUpperCase(c) : c);
            up = false;
        }
        return b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0)) ? "size" + b : b.toString();
    }

    /** The symbols the arguments' axes give, directly or solved from a compound size ({@code K+1}). */
    private Set<String> boundByArguments(Definition d) {
        Set<String> bound = new LinkedHashSet<>();
        List<Shape> args = new ArrayList<>(pass.paramShapes.get(d).stream().map(unifier::resolve).toList());
        d.freeInputs().forEach(in -> args.add(unifier.resolve(pass.inputShapes.get(in))));
        for (Shape s : args) {
            for (Dim dim : s.dims()) {
                if (dim instanceof Dim.Symbol sym) {
                    bound.add(sym.name());
                }
            }
        }
        ShapeInference.solveFromCompounds(args, bound);
        return bound;
    }

    /**
     * The named sizes {@code d} needs, in order of first need; {@code shapes}: those that shape its result or
     * one of its ranges (not only used as values).
     */
    private void needs(Definition d, Map<String, Need> needs, Set<String> shapes) {
        Input declared = program.outputDeclarations().get(d);
        if (declared != null) {
            add(unifier.resolve(new Shape(declared.dims())), d.nameSpan(), true, needs, shapes);
        }
        add(unifier.resolve(results.get(d)), d.nameSpan(), false, needs, shapes);
        for (Term t : TermTrees.preorder(d.body())) {
            List<IndexVar> vars = t instanceof Term.Stack st ? st.vars() : t instanceof Term.Reduce r ? List.of(r.var())
                    : t instanceof Term.Interleave il ? il.parts().stream().flatMap(p -> p.indices().stream()).toList()
                    : List.of();
            for (IndexVar v : vars) {
                if (!pass.extents.containsKey(v) && !(t instanceof Term.Reduce)) {
                    continue;
                }
                boolean classes = v.name().equals(IndexVar.CLASSES);
                add(new Shape(List.of(unifier.resolve(pass.extentOf(v)))), v.span(), classes, needs, shapes);
            }
            if (t instanceof Term.DimValue v && !tiedDims.containsKey(v.dim()) && !program.dimTies().containsKey(v.dim())
                    && !v.dim().startsWith("range_")) {
                Need was = needs.get(v.dim());
                if (was == null || was.at().equals(d.nameSpan())) {
                    // the warning points at the first use in the body rather than at the name
                    needs.put(v.dim(), new Need(v.span(), was != null && was.declared()));
                }
            }
        }
    }

    private static void add(Shape s, Span at, boolean declared, Map<String, Need> needs, Set<String> shapes) {
        for (Dim dim : s.dims()) {
            Set<String> symbols = new LinkedHashSet<>();
            collectRigid(dim, symbols);
            for (String sym : symbols) {
                shapes.add(sym);
                Need was = needs.get(sym);
                if (was == null || declared && !was.declared()) {
                    needs.put(sym, new Need(was == null ? at : was.at(), declared));
                }
            }
        }
    }

    private static void collectRigid(Dim d, Set<String> out) {
        if (d instanceof Dim.Symbol s && !s.flexible()) {
            out.add(s.name());
        } else if (d instanceof Dim.Compound c) {
            collectRigid(c.left(), out);
            collectRigid(c.right(), out);
        }
    }
}
