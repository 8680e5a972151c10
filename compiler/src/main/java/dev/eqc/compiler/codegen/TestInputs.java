package dev.eqc.compiler.codegen;

import dev.eqc.compiler.interp.InputSampler;
import dev.eqc.compiler.interp.NDArray;

import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.shape.Shape;
import dev.eqc.compiler.term.TermTrees;
import dev.eqc.compiler.shape.TypedProgram;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the concrete sizes and value ranges of a generated test's inputs: each dimension
 * symbol a distinct small size (so a transposed index shows up as a wrong shape), values in
 * (-1, 1), except inputs the equations take a root or logarithm of, divide by or raise to a
 * power, which get (0.1, 0.9), and integer inputs, which get 1 to 5.
 */
public final class TestInputs {
    private static final int[] SIZES = {3, 4, 5, 2, 6, 7, 8, 9, 10, 11};

    /** How one argument is sampled. */
    public record Spec(int[] coreShape, boolean integer, double lo, double hi) {}

    private final TypedProgram typed;
    /** For each symbol divided by k somewhere in the program, the multiple of k its sizes must be. */
    private final Map<String, Integer> multiples;

    private final Map<SampleKey, NDArray> samples = new java.util.HashMap<>();

    private record SampleKey(long seed, List<Integer> shape, boolean integer, double lo, double hi, boolean float32) {}

    /**
     * The seed of a definition's {@code i}-th argument: the same for every definition that takes
     * the same input (its place among the program's inputs) or lists a parameter of that name.
     */
    public long seed(Definition d, int i) {
        String key = i < d.params().size() ? d.params().get(i).key() : d.freeInputs().get(i - d.params().size()).key();
        List<Input> all = typed.program().inputs();
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).key().equals(key)) {
                return 101L + k;
            }
        }
        return 1001L + i;
    }

    /** The values of one argument; the same array for the same sampling, so the interpreter can reuse results. */
    public NDArray sample(Spec s, int[] shape, long seed, boolean float32) {
        SampleKey key = new SampleKey(seed, java.util.Arrays.stream(shape).boxed().toList(), s.integer(), s.lo(), s.hi(),
                float32);
        return samples.computeIfAbsent(key, k -> s.integer() ? InputSampler.integers(seed, (int) s.lo(), (int) s.hi(), shape)
                : InputSampler.uniform(seed, s.lo(), s.hi(), float32, shape));
    }

    /** The sampling of every definition of {@code typed}; what depends on the whole program is found once. */
    public TestInputs(TypedProgram typed) {
        this.typed = typed;
        this.multiples = multiples(typed);
    }

    public List<Spec> of(Definition d) {
        return of(d, null);
    }

    /**
     * The sampling of {@code d}'s arguments where the inputs {@code loss} reads under a root, a logarithm or a
     * denominator are also positive: a gradient's finite differences evaluate its loss, whose {@code
     * \\sqrt{\\mathrm{Var}[x] + \\epsilon}} the gradient itself (with respect to a shift) may not contain.
     */
    public List<Spec> of(Definition d, Definition loss) {
        List<Shape> shapes = typed.signature(d);
        Map<String, Integer> sizes = sizes(d);
        Set<String> positive = new HashSet<>();
        positiveInputs(d.body(), false, positive, new HashSet<>(), typed, d);
        if (loss != null) {
            positiveInputs(loss.body(), false, positive, new HashSet<>(), typed, loss);
        }
        List<Spec> out = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            int[] core = new int[s.rank()];
            for (int k = 0; k < s.rank(); k++) {
                Integer v = s.dim(k).evaluate(sizes);
                core[k] = v == null || v < 1 ? 2 : v;
            }
            String key;
            boolean integer;
            Input declaration;
            if (i < d.params().size()) {
                key = d.params().get(i).key();
                declaration = d.params().get(i).declaration();
                integer = declaration != null && declaration.integer();
            } else {
                declaration = d.freeInputs().get(i - d.params().size());
                key = declaration.key();
                integer = declaration.integer();
            }
            boolean pos = positive.contains(key);
            if (integer && declaration.labels() != null) {
                // Class labels: every class, counted as declared.
                int first = declaration.labels().first();
                out.add(new Spec(core, true, first, first + labelCount(declaration, sizes) - 1));
            } else if (integer) {
                // Counts and steps from 2: Bessel's m/(m-1) and 1/\log t are undefined at 1, and 2 is a count a paper
                // means as readily as 1.
                out.add(new Spec(core, true, 2, 5));
            } else {
                out.add(new Spec(core, false, pos ? 0.1 : -1.0, pos ? 0.9 : 1.0));
            }
        }
        return out;
    }

    /**
     * The number of classes of a label input at these sizes: its declared count, or the range of the
     * classes where it selects ({@code p_{i, y_i}} with {@code y \in \mathbb{N}^N}: p's axis); at least 1.
     */
    private int labelCount(Input in, Map<String, Integer> sizes) {
        Dim count = in.labels().count();
        if (count == null) {
            for (Definition d : typed.program().definitions()) {
                for (Term t : TermTrees.preorder(d.body())) {
                    if (t instanceof Term.Compare c && c.right() instanceof Term.IndexValue iv
                            && iv.var().name().equals(dev.eqc.compiler.term.IndexVar.CLASSES)
                            && TermTrees.preorder(c.left()).stream().anyMatch(u -> u instanceof Term.InputRef r
                            && r.input().key().equals(in.key()))) {
                        count = typed.extentOf(iv.var());
                    }
                }
            }
        }
        Integer n = count == null ? null : count.evaluate(sizes);
        return n == null || n < 1 ? 2 : n;
    }

    /**
     * The size of every dimension symbol of a definition's arguments and of the sizes it takes
     * ({@link TypedProgram#sizeParameters}); a symbol divided by k somewhere in the program
     * ({@code d/2} of a strided subscript) gets a multiple of k.
     */
    public Map<String, Integer> sizes(Definition d) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Shape s : typed.signature(d)) {
            for (Dim dim : s.dims()) {
                assign(dim, sizes, multiples);
            }
        }
        for (String size : typed.sizeParameters(d)) {
            assign(new Dim.Symbol(size, false), sizes, multiples);
        }
        return sizes;
    }

    private static Map<String, Integer> multiples(TypedProgram typed) {
        Map<String, Integer> multiples = new java.util.HashMap<>();
        for (Definition other : typed.program().definitions()) {
            List<Shape> all = new ArrayList<>(typed.signature(other));
            all.add(typed.resultShape(other));
            for (Term t : TermTrees.preorder(other.body())) {
                if (t instanceof Term.Strided || t instanceof Term.Interleave) {
                    all.add(typed.shapeOf(t));
                }
            }
            for (Shape s : all) {
                s.dims().forEach(dim -> divisors(dim, multiples));
            }
        }
        return multiples;
    }

    private static void divisors(Dim d, Map<String, Integer> multiples) {
        if (d instanceof Dim.Compound c) {
            if (c.op() == '/' && c.left() instanceof Dim.Symbol s && c.right() instanceof Dim.Known k) {
                multiples.merge(s.name(), k.value(), (a, b) -> a * b / gcd(a, b));
            }
            divisors(c.left(), multiples);
            divisors(c.right(), multiples);
        }
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static void assign(Dim d, Map<String, Integer> sizes, Map<String, Integer> multiples) {
        if (d instanceof Dim.Symbol s && !sizes.containsKey(s.name())) {
            int size = SIZES[sizes.size() % SIZES.length];
            sizes.put(s.name(), size * multiples.getOrDefault(s.name(), 1));
        } else if (d instanceof Dim.Compound c && c.op() == '/' && c.left() instanceof Dim.Symbol top
                && c.right() instanceof Dim.Symbol bottom && !sizes.containsKey(top.name())) {
            // C/r (squeeze-and-excitation's reduction ratio): C a multiple of r, so that the quotient is a size.
            assign(bottom, sizes, multiples);
            int size = SIZES[sizes.size() % SIZES.length];
            sizes.put(top.name(), size * sizes.get(bottom.name()) * multiples.getOrDefault(top.name(), 1));
        } else if (d instanceof Dim.Compound c && c.op() == '/' && c.left() instanceof Dim.Symbol top
                && c.right() instanceof Dim.Symbol bottom && !sizes.containsKey(bottom.name())) {
            // C given first (z \in \mathbb{R}^C): r one of its divisors, the largest below it.
            int n = sizes.get(top.name());
            int divisor = 1;
            for (int k = 2; k < n; k++) {
                divisor = n % k == 0 ? k : divisor;
            }
            sizes.put(bottom.name(), divisor);
        } else if (d instanceof Dim.Compound c) {
            assign(c.left(), sizes, multiples);
            assign(c.right(), sizes, multiples);
        }
    }

    /** Keys of inputs that occur under a root, a logarithm, a denominator or a power's base. */
    private static void positiveInputs(Term t, boolean positive, Set<String> out, Set<Definition> seen,
            TypedProgram typed, Definition owner) {
        if (t instanceof Term.InputRef in) {
            if (positive) {
                out.add(in.input().key());
            }
            return;
        }
        if (t instanceof Term.ParamRef p) {
            if (positive) {
                out.add(p.param().key());
            }
            return;
        }
        if (t instanceof Term.ValueRef v) {
            walkDefinition(v.definition(), positive, out, seen, typed);
            return;
        }
        if (t instanceof Term.Call c) {
            for (Term a : c.args()) {
                positiveInputs(a, positive, out, seen, typed, owner);
            }
            walkDefinition(c.function(), positive, out, seen, typed);
            return;
        }
        if (t instanceof Term.BuiltinCall b && (b.builtin() == Builtin.SQRT || b.builtin() == Builtin.LOG
                || b.builtin() == Builtin.LOG2)) {
            positiveInputs(b.args().get(0), true, out, seen, typed, owner);
            return;
        }
        if (t instanceof Term.Arith a && a.op() == Term.ArithOp.DIV) {
            positiveInputs(a.left(), positive, out, seen, typed, owner);
            positiveInputs(a.right(), true, out, seen, typed, owner);
            return;
        }
        if (t instanceof Term.Power p) {
            positiveInputs(p.base(), true, out, seen, typed, owner);
            positiveInputs(p.exponent(), positive, out, seen, typed, owner);
            return;
        }
        for (Term c : t.children()) {
            positiveInputs(c, positive, out, seen, typed, owner);
        }
    }

    private static void walkDefinition(Definition d, boolean positive, Set<String> out, Set<Definition> seen,
            TypedProgram typed) {
        if (positive) {
            d.freeInputs().forEach(in -> out.add(in.key()));
        }
        if (seen.add(d)) {
            positiveInputs(d.body(), false, out, seen, typed, d);
        }
    }
}
