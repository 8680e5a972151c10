package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape rule of each term kind within one definition (one visitor method per kind; the
 * rules of terms that rearrange elements are in {@link LayoutShapes}, those of products in
 * {@link ProductRule}). A null shape means "already
 * reported": parents of a failed term stay silent, so there are no cascades.
 */
final class TermShapes implements Term.Visitor<Void, Shape> {
    private final ShapeInference pass;
    private final Definition owner;
    private final ProductRule products;
    final DiagonalParts diagonals;
    private final LayoutShapes layout;

    TermShapes(ShapeInference pass, Definition owner) {
        this.pass = pass;
        this.owner = owner;
        this.products = new ProductRule(pass, this);
        this.diagonals = new DiagonalParts(pass, this);
        this.layout = new LayoutShapes(pass, owner, this);
    }

    Shape shape(Term t) {
        Shape s = t.accept(this, null);
        if (s != null) {
            pass.shapes.put(t, s);
        }
        return s;
    }

    @Override
    public Shape literal(Term.Literal t, Void unused) {
        return Shape.SCALAR;
    }

    @Override
    public Shape dimValue(Term.DimValue t, Void unused) {
        return Shape.SCALAR;
    }

    @Override
    public Shape constRef(Term.ConstRef t, Void unused) {
        return Shape.SCALAR;
    }

    @Override
    public Shape indexValue(Term.IndexValue t, Void unused) {
        return Shape.SCALAR;
    }

    /** The shape an undefined function's value ({@code h(x)}) takes where its first use is being typed. */
    private Shape expected;

    /**
     * Set while typing the value of an undefined function beside an operand that failed or is itself of unknown
     * shape: its E0192 would repeat the one already reported, so it stays unknown without a message.
     */
    private boolean quiet;

    /** Shapes {@code t} with E0192 for undefined functions' values silenced (see {@link #quiet}). */
    Shape shapeQuietly(Term t) {
        boolean outer = quiet;
        quiet = true;
        Shape s = shape(t);
        quiet = outer;
        return s;
    }

    /**
     * Values of undefined functions being typed where a number would be a silent guess (a factor beside a tensor that
     * tells nothing of their shape, the operand of a transpose): the number reading of values at numbers does not
     * apply there, so with nothing else to tell, E0192.
     */
    private final java.util.Set<Term> noNumberFallback = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Shapes {@code t}, a value of an undefined function alone or scaled by numbers, with no number reading for it. */
    Shape shapeWithoutNumberFallback(Term t) {
        List<Term> added = new java.util.ArrayList<>();
        for (Term leaf : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (leaf instanceof Term.InputRef && noNumberFallback.add(leaf)) {
                added.add(leaf);
            }
        }
        Shape s = shape(t);
        added.forEach(noNumberFallback::remove);
        return s;
    }

    /** Why {@link #expected} is that shape, for W0190's note; null for the element-wise rule, which needs none. */
    private String expectedWhy;

    /**
     * Shapes {@code t}, an undefined function's value alone or scaled by numbers, with {@code told} the shape its use
     * gives it; a null {@code told} keeps the shape the enclosing use gave ({@code W + v \otimes \phi(k)}: the
     * number {@code v} scales {@code \phi(k)}, which still meets {@code W}).
     */
    Shape shapeExpecting(Term t, Shape told, String why) {
        Shape outer = expected;
        String outerWhy = expectedWhy;
        if (told != null) {
            expected = told;
            expectedWhy = why;
        }
        Shape s = shape(t);
        expected = outer;
        expectedWhy = outerWhy;
        return s;
    }

    @Override
    public Shape inputRef(Term.InputRef in, Void unused) {
        if (pass.pendingApplied.contains(in.input())) {
            if (expected != null && expectedWhy != null && !pass.inputShapes.containsKey(in.input())) {
                pass.appliedWhy.put(in.input(), expectedWhy);
            }
            return pass.appliedShape(in, expected, quiet, noNumberFallback.contains(in));
        }
        return pass.inputShapes.get(in.input());
    }

    @Override
    public Shape paramRef(Term.ParamRef p, Void unused) {
        return pass.paramShape(owner, p.index());
    }

    @Override
    public Shape valueRef(Term.ValueRef v, Void unused) {
        bindShadowedInputs(v.definition(), v.span());
        Shape result = pass.resultOf(v.definition());
        boolean indexed = indexedBase == v;
        indexedBase = null;
        List<IndexVar> steps = result == null || indexed ? null : stepsOfName(v, result);
        if (steps == null) {
            return result;
        }
        IndexVar step = steps.get(0);
        // Molnar's RuleFit: s_k = \frac{1}{n} \sum_{i=1}^n r_k(\mathbf{x}^{(i)}) defined whole (k labels the declared
        // r_k(x^{(i)}), a value per rule), then I_k = |\hat{\alpha}_k| \cdot \sqrt{s_k(1-s_k)}: s_k is one number
        // per k, its element k; it was the whole vector at every k, a K x K result, silently.
        String name = pass.source.slice(v.span()).strip();
        pass.rewrites.put(v, t -> t instanceof Term.ValueRef r ? new Term.Index(r.span(), r, steps) : t);
        if (steps.size() > 1) {
            // the probe's \hat{r}_{i,t} = 2 r_{i,t}(\theta) with r_{i,t}(\theta) \in \mathbb{R}^{G \times T}, then
            // \sum_i \sum_t \hat{r}_{i,t}: the element (i, t); it was the whole matrix at every term, silently.
            String at = String.join(", ", steps.stream().map(IndexVar::name).toList());
            pass.readings.add(Diagnostic.of(Code.W0385, pass.source, v.span(), "`" + name + "` is defined whole as a"
                            + " tensor " + resolved(result) + ", the ranges of `" + at + "`, which are indices here: read as"
                            + " its element `" + at + "`, not the whole tensor at every term")
                    .caret("element " + at)
                    .help("define it element by element (its body reading `" + at + "` as indices) to say so and"
                            + " silence this warning")
                    .build());
            return Shape.SCALAR;
        }
        List<String> others = new ArrayList<>(subscriptLetters(v.definition().latexName()));
        others.remove(step.name());
        String same = others.isEmpty() ? "" : ", the same for every `" + String.join("`, `", others) + "`";
        pass.readings.add(Diagnostic.of(Code.W0385, pass.source, v.span(), "`" + name + "` is defined whole as a vector"
                        + " of " + resolved(result).dim(0) + " values, the range of `" + step.name() + "`, which is an index"
                        + " here: read as its element `" + step.name() + "`" + same + ", not the whole vector at every `"
                        + step.name() + "`")
                .caret("element " + step.name())
                .help("define it element by element (its body reading `" + step.name() + "` as an index) to say so and"
                        + " silence this warning")
                .build());
        return Shape.SCALAR;
    }

    /** The base of the {@link Term.Index} being shaped, so its value is not read at an index a second time. */
    private Term indexedBase;

    /**
     * The index in scope that a value defined whole names by its subscript ({@code s_k}, {@code s_{k}}) when the
     * value is a vector over that index's range; null otherwise.
     */
    private List<IndexVar> stepsOfName(Term.ValueRef v, Shape result) {
        Definition d = v.definition();
        if (d.function() || !d.indices().isEmpty() || result.rank() < 1 || d == owner) {
            return null;
        }
        List<String> letters = subscriptLetters(d.latexName());
        if (letters == null || letters.size() < result.rank() || new java.util.HashSet<>(letters).size() != letters.size()) {
            return null;
        }
        List<IndexVar> inScope = new ArrayList<>(summed);
        if (owner != null) {
            inScope.addAll(owner.indices());
        }
        if (letters.size() > result.rank()) {
            return stepsOfFewerAxes(letters, result, inScope);
        }
        List<IndexVar> out = new ArrayList<>();
        for (int k = 0; k < letters.size(); k++) {
            IndexVar found = null;
            for (IndexVar var : inScope) {
                if (var.name().equals(letters.get(k))
                        && pass.unifier.same(resolved(result.dim(k)), resolved(pass.extentOf(var)))) {
                    found = var;
                }
            }
            if (found == null) {
                return null;
            }
            out.add(found);
        }
        return out;
    }

    /** The letters of a name's subscript ({@code s_k}, {@code \\hat{r}_{i,t}}), or null when it is no list of letters. */
    private static List<String> subscriptLetters(String latexName) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(".*_\\{?([a-z](?:\\s*,\\s*[a-z])*)\\}?")
                .matcher(latexName);
        return m.matches() ? List.of(m.group(1).replaceAll("\\s+", "").split(",")) : null;
    }

    /**
     * Dr. GRPO's {@code \\hat{A}_{i,t} = R(q, o_i) - \\mathrm{mean}(…)}, a vector over the samples named with the token
     * index too (the advantage is the same at every token), read inside {@code \\sum_i \\sum_t}: every letter is an
     * index in scope, and each axis is the range of exactly one of them; the value is read along those, the same
     * for every value of the others. It was the whole vector at every term, a vector where the paper has a number,
     * silently. Null when a letter is no index here or an axis's letter is not told by the ranges.
     */
    private List<IndexVar> stepsOfFewerAxes(List<String> letters, Shape result, List<IndexVar> inScope) {
        java.util.Map<String, IndexVar> byLetter = new java.util.HashMap<>();
        for (IndexVar var : inScope) {
            if (letters.contains(var.name())) {
                byLetter.put(var.name(), var);
            }
        }
        if (byLetter.size() != letters.size()) {
            return null;
        }
        List<IndexVar> out = new ArrayList<>();
        for (int k = 0; k < result.rank(); k++) {
            IndexVar found = null;
            int matches = 0;
            for (String letter : letters) {
                IndexVar var = byLetter.get(letter);
                Dim extent = pass.extentOf(var);
                if (extent != null && pass.unifier.same(resolved(result.dim(k)), resolved(extent))) {
                    found = var;
                    matches++;
                }
            }
            if (matches != 1 || out.contains(found)) {
                return null;
            }
            out.add(found);
        }
        return out;
    }

    @Override
    public Shape arith(Term.Arith a, Void unused) {
        boolean leftWaits = awaitsShape(a.left());
        Shape left;
        Shape right;
        if (leftWaits != awaitsShape(a.right())) {
            // \mathcal{F}(x, \{W_i\}) + x, r + \gamma V(s') - V(s): the value of an undefined function takes the
            // shape of what it is combined with element-wise.
            Shape known = shape(leftWaits ? a.right() : a.left());
            // A number scaling it (v \otimes \phi(k) with v a scalar) tells nothing when the sum around it does.
            boolean scales = known != null && known.isScalar() && expected != null;
            Term other = leftWaits ? a.left() : a.right();
            Shape waiting = known == null && expected == null ? shapeQuietly(other)
                    : shapeExpecting(other, scales ? null : known, null);
            left = leftWaits ? waiting : known;
            right = leftWaits ? known : waiting;
        } else if (leftWaits && expected == null) {
            // S(x) + \mathrm{Attention}(…): neither tells the other's shape; one E0192, at the first.
            left = shape(a.left());
            right = left == null ? shapeQuietly(a.right()) : shapeExpecting(a.right(), left, null);
        } else {
            left = shape(a.left());
            right = shape(a.right());
        }
        if (a.op() == Term.ArithOp.MUL && left != null && right != null && !left.isScalar() && !right.isScalar()
                && pass.source.slice(a.opSpan()).trim().equals("\\otimes")) {
            // u \otimes v: element-wise in the GLU papers, the Kronecker (outer) product in K-FAC and Shampoo.
            Diagnostic.of(Code.W0102, pass.source, a.opSpan(), "`\\otimes` between " + resolved(left) + " and "
                            + resolved(right) + " is read as the element-wise product (as the GLU papers use it), not"
                            + " the Kronecker or outer product")
                    .caret("element-wise")
                    .help("write `\\odot` to say so and silence this warning; for the outer product of vectors write"
                            + " `u v^\\top`")
                    .report(pass.diagnostics);
        }
        if (a.op() == Term.ArithOp.MUL && left != null && right != null) {
            warnHadamardBeforeProduct(a, left);
        }
        if ((a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB) && left != null && right != null) {
            String how = a.op() == Term.ArithOp.ADD ? "is added to" : "is in a difference with";
            if (diagonals.asMatrix(a.right(), right, left, how) || diagonals.asMatrix(a.left(), left, right, how)) {
                return right.rank() == 2 ? right : left;
            }
            Shape norms = barsAsNorms(a, left, right);
            if (norms != null) {
                return norms;
            }
            warnWholeVectorBesideElement(a, a.left(), left, a.right(), right);
            warnWholeVectorBesideElement(a, a.right(), right, a.left(), left);
        }
        if (a.op() == Term.ArithOp.DIV && left != null && right != null) {
            Shape cosine = barsUnderNumberOfVectors(a, left, right);
            if (cosine != null) {
                return cosine;
            }
            if (right.rank() == 2 && diagonalMatrix(a.right(), 0)) {
                // AdaBound's \alpha / \sqrt{V_t} with V_t = \mathrm{diag}(v_t): divided entry by entry, every entry
                // off the diagonal is 1/0; the paper means its diagonal, so nothing can be computed by guessing.
                String den = pass.source.slice(a.right().span()).strip();
                error(Code.E0345, a.span(), "`" + pass.source.slice(a.span()).strip() + "` divides by `" + den
                                + "`, a diagonal matrix built by \\mathrm{diag}: divided entry by entry, each entry off the"
                                + " diagonal divides by 0",
                        "divide by the vector on its diagonal instead (like `\\alpha / \\sqrt{v_t}` for `V_t ="
                                + " \\mathrm{diag}(v_t)`), or write the inverse as a power, `" + den + "^{-1}`", "by a diagonal matrix");
                return null;
            }
        }
        return broadcastOperands(a.left(), left, a.right(), right, a.opSpan(), a.span(), a.op().symbol,
                a.op() == Term.ArithOp.ADD ? "add" : a.op() == Term.ArithOp.SUB ? "subtract"
                        : a.op() == Term.ArithOp.MUL ? "multiply element-wise" : "divide");
    }

    /**
     * {@code y_i = x_i + b} with {@code x, b \in \mathbb{R}^{n}}: a whole declared vector added to (or subtracted
     * from) an element of a definition over {@code i}, with as many entries as {@code i} has values. Read as written,
     * each element is a vector and the value an n × n matrix; a paper almost always means {@code b_i} (scikit-learn's
     * Gaussian naive Bayes, {@code (x_i - \mu_y)^2} with the per-feature means declared as one vector). eqc keeps
     * the reading and says so (W0467).
     */
    private void warnWholeVectorBesideElement(Term.Arith a, Term element, Shape elementShape, Term whole, Shape wholeShape) {
        if (!owner.elementwise() || !elementShape.isScalar() || wholeShape.rank() != 1
                || !(whole instanceof Term.InputRef in) || !in.input().declared()
                || !(element instanceof Term.Index ix) || !(ix.base() instanceof Term.InputRef)
                || !owner.indices().containsAll(ix.indices())) {
            return;
        }
        for (IndexVar v : ix.indices()) {
            Dim extent = pass.extentOf(v);
            if (extent != null && resolved(extent).equals(resolved(wholeShape.dim(0)))) {
                String w = pass.source.slice(whole.span()).strip();
                Diagnostic.of(Code.W0467, pass.source, whole.span(), "`" + w + "`, a whole vector of " + resolved(extent)
                                + " entries, " + (a.op() == Term.ArithOp.ADD ? "is added to" : "is in a difference with")
                                + " the element `" + pass.source.slice(element.span()).strip() + "` of a definition over `"
                                + v.name() + "`, which has as many values: each element is a vector, and the value has an"
                                + " axis more")
                        .caret("the whole vector, at every " + v.name())
                        .help("for its element, write `" + w + "_" + v.name() + "`")
                        .report(pass.diagnostics);
                return;
            }
        }
    }

    /**
     * Whether {@code t} is a matrix built by {@code \mathrm{diag}(…)}, zero off its diagonal: the call itself, its
     * square root or power, a number times it, or a value the file defines as one ({@code V_t = \mathrm{diag}(v_t)}).
     */
    private static boolean diagonalMatrix(Term t, int depth) {
        if (depth > 8) {
            return false;
        }
        if (t instanceof Term.BuiltinCall c) {
            return c.builtin() == Builtin.DIAG
                    || c.builtin() == Builtin.SQRT && c.args().size() == 1 && diagonalMatrix(c.args().get(0), depth + 1);
        }
        if (t instanceof Term.Power p) {
            return diagonalMatrix(p.base(), depth + 1);
        }
        if (t instanceof Term.Negate n) {
            return diagonalMatrix(n.operand(), depth + 1);
        }
        if (t instanceof Term.ValueRef v) {
            return !v.definition().function() && v.definition().indices().isEmpty()
                    && diagonalMatrix(v.definition().body(), depth + 1);
        }
        return false;
    }

    /**
     * NGCF's {@code \mathcal{L}\mathbf{E} \odot \mathbf{E}\mathbf{W}_2} (Wang et al. 2019, Eq. 8): juxtaposition binds
     * tighter than {@code \odot} ({@code (\mathcal{L}E) \odot (EW_2)}, as the GLU papers mean {@code \sigma(xW) \otimes
     * xV}), but when the factor after the operator is a square matrix and the operand before it has the shape of the
     * factor it meets, {@code (\mathcal{L}E \odot E) W_2} (what NGCF's code computes) fits as well and gives another
     * value: the choice is said (W0391), never silent.
     */
    private void warnHadamardBeforeProduct(Term.Arith a, Shape left) {
        String op = pass.source.slice(a.opSpan()).trim();
        if (!(op.equals("\\odot") || op.equals("\\circ") || op.equals("\\otimes"))
                || !(a.right() instanceof Term.Product p) || p.explicit() || p.opSpan().length() != 0
                || p.left() instanceof Term.Product q && !q.explicit()
                || pass.source.slice(p.span()).trim().startsWith("(")) {
            return;
        }
        Shape first = pass.shapes.get(p.left());
        Shape last = pass.shapes.get(p.right());
        if (first == null || last == null || left.isScalar() || first.isScalar() || last.rank() != 2
                || !isSquareMatrix(last) || !resolved(left).equals(resolved(first))) {
            return;
        }
        String l = pass.source.slice(a.left().span()).trim();
        String b = pass.source.slice(p.left().span()).trim();
        String c = pass.source.slice(p.right().span()).trim();
        Diagnostic.of(Code.W0391, pass.source, a.span(), "`" + pass.source.slice(a.span()).trim() + "` is read as `("
                        + l + ") " + op + " (" + b + " " + c + ")`: the side-by-side factors bind tighter than `" + op
                        + "`; `(" + l + " " + op + " " + b + ") " + c + "` fits the shapes too, since `" + c
                        + "` is a square matrix " + resolved(last))
                .caret("element-wise product of " + resolved(left) + " and the product " + b + " " + c)
                .help("add the brackets the paper means: `(" + l + ") " + op + " (" + b + " " + c + ")` for this reading,"
                        + " `(" + l + " " + op + " " + b + ") " + c + "` for the element-wise product first")
                .report(pass.diagnostics);
    }

    /**
     * Whether {@code t} is the value of an undefined function whose shape is not known yet, alone or scaled by
     * numbers ({@code \gamma V(s')}, {@code -V(s)}).
     */
    boolean awaitsShape(Term t) {
        if (t instanceof Term.InputRef in) {
            return pass.pendingApplied.contains(in.input()) && !pass.inputShapes.containsKey(in.input());
        }
        if (t instanceof Term.Negate n) {
            return awaitsShape(n.operand());
        }
        if (t instanceof Term.Product p) {
            return awaitsShape(p.left()) && isNumber(p.right()) || isNumber(p.left()) && awaitsShape(p.right());
        }
        if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.MUL || a.op() == Term.ArithOp.DIV)) {
            return awaitsShape(a.left()) && isNumber(a.right()) || isNumber(a.left()) && awaitsShape(a.right());
        }
        return false;
    }

    /** A term that is a number before any shape is inferred: literals, constants, sizes, scalar inputs. */
    private boolean isNumber(Term t) {
        if (t instanceof Term.Literal || t instanceof Term.ConstRef || t instanceof Term.DimValue
                || t instanceof Term.IndexValue) {
            return true;
        }
        if (t instanceof Term.InputRef in) {
            Shape s = pass.inputShapes.get(in.input());
            return s != null && s.isScalar();
        }
        if (t instanceof Term.Negate n) {
            return isNumber(n.operand());
        }
        return t instanceof Term.Arith a && isNumber(a.left()) && isNumber(a.right());
    }

    @Override
    public Shape product(Term.Product p, Void unused) {
        return products.shape(p);
    }

    @Override
    public Shape power(Term.Power p, Void unused) {
        Shape base = shape(p.base());
        if (base != null && base.rank() == 2 && TypedProgram.isInverseExponent(p.exponent())) {
            // (A)^{-1} of a matrix: its inverse, which needs it square.
            shape(p.exponent());
            if (!pass.unifier.unify(base.dim(0), base.dim(1))) {
                error(Code.E0304, p.span(), "`" + pass.source.slice(p.span()) + "` inverts a matrix of shape "
                        + resolved(base) + ", which is not square", "only a square matrix has an inverse; for the"
                        + " element-wise reciprocal write `\\frac{1}{…}`", null);
                return null;
            }
            return base;
        }
        Double k0 = TypedProgram.constant(p.exponent());
        if (base != null && k0 != null && isSquareMatrix(base) && (k0 < 0 || k0 != Math.rint(k0))) {
            // D^{-1/2}: the power of a diagonal matrix (GCN's degree matrix); element-wise, 0^{-1/2} is infinite.
            String b = pass.source.slice(p.base().span());
            if (!(p.base() instanceof Term.BuiltinCall d && d.builtin() == Builtin.DIAG)) {
                Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + pass.source.slice(p.span()) + "` of a square"
                                + " matrix is read as its matrix power: of a diagonal matrix, each diagonal entry raised to "
                                + k0 + " and zeros elsewhere; of a symmetric one, its eigenvalues raised to " + k0
                                + " (V diag(w^k) V^T); the code rejects any other `" + b + "`")
                        .caret("matrix power")
                        .help("write the matrix as `\\mathrm{diag}(d)` of its diagonal `d` (a vector of degrees) to say"
                                + " so and silence this warning; for the element-wise power index it: `" + b + "_{ij}^{…}`")
                        .report(pass.diagnostics);
            }
            shape(p.exponent());
            return base;
        }
        if (base != null && isSquareMatrix(base) && SquarePowers.wholeExponent(p.exponent()) != null) {
            // A^2, S^K with K = 2: the matrix power or each entry's power, decided by the context (SquarePowers).
            pass.squarePowers.note(p);
            shape(p.exponent());
            return base;
        }
        if (base != null && isSquareMatrix(base) && TypedProgram.constant(p.exponent()) == null
                && pass.squarePowers.noteRunning(p)) {
            // \sum_k \theta_k L^k x: a running power, decided by the context like A^2 (SquarePowers).
            Shape e = shape(p.exponent());
            return e == null ? null : broadcast(base, e, p.span(), p.span(), "^", "raise");
        }
        if (base != null && base.rank() >= 3 && p.exponent() instanceof Term.Literal k && k.value() >= 2
                && k.value() == Math.rint(k.value()) && resolved(base.fromEnd(1)).equals(resolved(base.fromEnd(2)))) {
            String b = pass.source.slice(p.base().span());
            Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + pass.source.slice(p.span())
                            + "` of a square matrix is read element-wise (each entry raised to " + (long) k.value()
                            + "), not as the matrix power")
                    .caret("element-wise power")
                    .help("for the matrix power write the product, like `" + b + " " + b + "`; write `" + b
                            + " \\odot " + b + "` to say element-wise and silence this warning")
                    .report(pass.diagnostics);
        }
        return broadcast(base, shape(p.exponent()), p.span(), p.span(), "^", "raise");
    }

    /** The source text of {@code t} without spacing or outer parentheses: what {@link ShapeInference#invertedTexts} holds. */
    String compact(Term t) {
        return ShapeInference.compact(pass.source.slice(t.span()));
    }

    @Override
    public Shape negate(Term.Negate n, Void unused) {
        return shape(n.operand());
    }

    @Override
    public Shape compare(Term.Compare c, Void unused) {
        return broadcast(shape(c.left()), shape(c.right()), c.span(), c.span(), c.op().symbol, "compare");
    }

    @Override
    public Shape where(Term.Where w, Void unused) {
        Shape cond = shape(w.condition());
        Shape values = broadcast(shape(w.then()), shape(w.otherwise()), w.span(), w.span(), "|", "choose between");
        return broadcast(cond, values, w.condition().span(), w.span(), "|", "select by");
    }

    @Override
    public Shape reduce(Term.Reduce red, Void unused) {
        pass.extentOf(red.var());
        summed.add(red.var());
        Shape body = shape(red.body());
        summed.remove(red.var());
        if (body != null && !body.isScalar()
                && (red.op() == Term.ReduceOp.ARGMAX || red.op() == Term.ReduceOp.ARGMIN)) {
            error(Code.E0303, red.span(), "arg max and arg min need a scalar body, got " + resolved(body),
                    "index the body down to a number, like `\\arg\\max_i x_i`", null);
            return null;
        }
        Term whole = body == null || body.isScalar() || red.op() != Term.ReduceOp.SUM ? null : wholeAlongRange(red, body);
        if (whole != null) {
            // GRPO's \sum_{i=1}^G (\ldots A_i - \beta \mathbb{D}_{KL}[\pi_\theta \| \pi_{ref}]) with the KL term a
            // [G] value given or defined whole: each term read the whole vector, so the sum was G copies of it beside
            // the elements, a [G] result (exit 0). Papers mean its element i; eqc does not pick (E0376).
            String name = pass.source.slice(whole.span());
            error(Code.E0376, whole.span(), "`" + name + "` is read whole, " + resolved(pass.shapes.get(whole))
                            + ", inside a sum over `" + red.var().name() + "`, which runs over its axis of "
                            + resolved(pass.extentOf(red.var())) + " while the other terms read elements at `"
                            + red.var().name() + "`: every term would add the whole value",
                    "write its element, like `" + name + "_{" + red.var().name() + "}`, or declare it by its element"
                            + " (`x_{" + red.var().name() + "} \\in \\mathbb{R}^{…}`) if one value per `" + red.var().name()
                            + "` is meant; move it out of the sum if the whole value is", "read whole at every term");
            return null;
        }
        return body;
    }

    /**
     * A value read whole in the body of {@code red} (a name, or a call whose arguments do not read the sum's index)
     * whose shape has the axis the sum's index runs over, in a body that also reads elements at that index and keeps
     * that axis; null when there is none.
     */
    private Term wholeAlongRange(Term.Reduce red, Shape body) {
        IndexVar v = red.var();
        Dim extent = resolved(pass.extentOf(v));
        if (body.dims().stream().noneMatch(d -> pass.unifier.same(resolved(d), extent)) || !readsIndex(red.body(), v)) {
            return null;
        }
        List<Term> operands = new ArrayList<>();
        termsOf(red.body(), operands);
        for (Term u : operands) {
            if (!(u instanceof Term.InputRef || u instanceof Term.ValueRef || u instanceof Term.Call) || readsIndex(u, v)) {
                continue;
            }
            Shape s = pass.shapes.get(u);
            if (s != null && s.dims().stream().anyMatch(d -> pass.unifier.same(resolved(d), extent))) {
                return u;
            }
        }
        return null;
    }

    /**
     * The terms of a sum's body as added, subtracted, negated or scaled by a number: what each of its terms adds
     * entry by entry (a factor of a product with something other than a number is left whole).
     */
    private void termsOf(Term t, List<Term> out) {
        if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB)) {
            termsOf(a.left(), out);
            termsOf(a.right(), out);
        } else if (t instanceof Term.Negate n) {
            termsOf(n.operand(), out);
        } else if (t instanceof Term.Where w) {
            termsOf(w.then(), out);   // a limit that depends on another index (W0171) keeps the terms within it
            termsOf(w.otherwise(), out);
        } else if (t instanceof Term.Product p && isScalarTerm(p.left())) {
            termsOf(p.right(), out);
        } else if (t instanceof Term.Product p && isScalarTerm(p.right())) {
            termsOf(p.left(), out);
        } else if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.MUL || a.op() == Term.ArithOp.DIV)
                && isScalarTerm(a.right())) {
            termsOf(a.left(), out);
        } else if (t instanceof Term.Arith a && a.op() == Term.ArithOp.MUL && isScalarTerm(a.left())) {
            termsOf(a.right(), out);
        } else if (t instanceof Term.BuiltinCall b && (b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.UNARY
                || b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.BINARY)) {
            // review21: A_i - \log d, A_i - \beta \log\frac{\pi_\theta}{\pi_{ref}}, \min(A_i, d): an element-wise
            // function keeps each entry where it was, so a whole value inside it is added whole too
            out.add(t);
            for (Term arg : b.args()) {
                termsOf(arg, out);
            }
        } else if (t instanceof Term.Power pw && isScalarTerm(pw.exponent())) {
            out.add(t);
            termsOf(pw.base(), out);
        } else if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.MUL || a.op() == Term.ArithOp.DIV)) {
            out.add(t);
            termsOf(a.left(), out);   // \frac{\pi_\theta}{\pi_{ref}} of two whole vectors: entry by entry
            termsOf(a.right(), out);
        } else {
            out.add(t);
        }
    }

    private boolean isScalarTerm(Term t) {
        Shape s = pass.shapes.get(t);
        return s != null && s.isScalar();
    }

    private static boolean readsIndex(Term t, IndexVar v) {
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.Index i && i.indices().contains(v) || u instanceof Term.IndexValue iv && iv.var() == v) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Shape transpose(Term.Transpose tr, Void unused) {
        // \phi(x)^\top: a value transposed is no number (\phi(x)^\top \phi(y), h(x)^\top W h(x))
        Shape s = awaitsShape(tr.operand()) ? shapeWithoutNumberFallback(tr.operand()) : shape(tr.operand());
        return s == null ? null : s.transposed();
    }

    @Override
    public Shape strided(Term.Strided s, Void unused) {
        return layout.strided(s);
    }

    @Override
    public Shape interleave(Term.Interleave il, Void unused) {
        return layout.interleave(il);
    }

    @Override
    public Shape familyConcat(Term.FamilyConcat fc, Void unused) {
        return layout.familyConcat(fc);
    }

    @Override
    public Shape unstride(Term.Unstride u, Void unused) {
        return layout.unstride(u);
    }

    /** The state of each scan being typed, by its step: what {@code x_{k-1}} in its body is. */
    private final java.util.Map<IndexVar, Shape> scanStates = new java.util.IdentityHashMap<>();

    /**
     * A recurrence over a sequence: the state has the initial state's shape, or, when that is a number (a zero
     * start), the shape of a term added to the body that does not read the state ({@code \bar{B} u_k}); the body
     * must give that shape back (E0347). The value is the states stacked along the step's range.
     */
    @Override
    public Shape scan(Term.Scan s, Void unused) {
        Shape initial = shape(s.initial());
        if (initial == null) {
            return null;
        }
        Shape state = initial;
        if (initial.isScalar()) {
            Term free = stateFreeOperand(s.body(), s.step());
            if (free != null) {
                state = shape(free);
                if (state == null) {
                    return null;
                }
            }
        }
        scanStates.put(s.step(), state);
        Shape body = shape(s.body());
        if (body == null) {
            return null;
        }
        if (!unifyShapes(body, state)) {
            error(Code.E0347, s.body().span(), "each step of the recurrence over `" + s.step().name() + "` gives "
                            + resolved(body) + ", but the state it reads is " + resolved(state),
                    "declare the initial state with the shape of a step (`x_0 \\in \\mathbb{R}^{N}`), or make the"
                            + " step give back the state's shape", "a step gives " + resolved(body));
            return null;
        }
        List<Dim> dims = new ArrayList<>();
        dims.add(pass.extentOf(s.step()));
        dims.addAll(body.dims());
        return new Shape(dims);
    }

    /** A term added to (or subtracted from) the rest of {@code body} that does not read the state; null if none. */
    private static Term stateFreeOperand(Term body, IndexVar step) {
        if (!readsState(body, step)) {
            return body;
        }
        if (body instanceof Term.Arith a && (a.op() == Term.ArithOp.ADD || a.op() == Term.ArithOp.SUB)) {
            Term left = stateFreeOperand(a.left(), step);
            return left != null ? left : stateFreeOperand(a.right(), step);
        }
        if (body instanceof Term.BuiltinCall b && b.args().size() == 1
                && (b.builtin().kind() == Builtin.Kind.UNARY || b.builtin().kind() == Builtin.Kind.LAST_AXIS)) {
            return stateFreeOperand(b.args().get(0), step);   // \tanh(W h_{t-1} + U x_t): the shape of U x_t
        }
        if (body instanceof Term.Negate n) {
            return stateFreeOperand(n.operand(), step);
        }
        return null;
    }

    private static boolean readsState(Term t, IndexVar step) {
        if (t instanceof Term.ScanState s && s.step() == step) {
            return true;
        }
        return t.children().stream().anyMatch(k -> readsState(k, step));
    }

    @Override
    public Shape scanState(Term.ScanState s, Void unused) {
        Shape state = scanStates.get(s.step());
        if (state == null) {
            throw new IllegalStateException("the state of the scan over " + s.step() + " is read outside it: " + s.span());
        }
        return state;
    }

    @Override
    public Shape splitFamily(Term.SplitFamily sf, Void unused) {
        Shape operand = shape(sf.operand());
        Shape like = shape(sf.like());
        return operand == null ? null : like;
    }

    @Override
    public Shape sumTo(Term.SumTo s, Void unused) {
        Shape operand = shape(s.operand());
        Shape like = shape(s.like());
        return operand == null ? null : like;
    }

    @Override
    public Shape sliceLast(Term.SliceLast sl, Void unused) {
        Shape operand = shape(sl.operand());
        for (Term b : sl.before()) {
            shape(b);
        }
        Shape like = shape(sl.like());
        if (operand == null || like == null) {
            return null;
        }
        List<Dim> dims = new ArrayList<>(operand.dims().subList(0, operand.rank() - 1));
        dims.add(like.fromEnd(1));
        return new Shape(dims);
    }

    @Override
    public Shape stack(Term.Stack st, Void unused) {
        Shape body = shape(st.body());
        Shape like = shape(st.like());
        if (body == null || like == null) {
            return null;
        }
        List<Dim> dims = new ArrayList<>();
        for (int a = 0; a < st.vars().size(); a++) {
            Dim extent = pass.extentOf(st.vars().get(a));
            if (a < like.rank()) {
                pass.unifier.unify(extent, like.dim(a)); // the ranges of the indices of the term gathered into
            }
            dims.add(extent);
        }
        dims.addAll(body.dims());
        return new Shape(dims);
    }

    @Override
    public Shape insertAxis(Term.InsertAxis ins, Void unused) {
        Shape s = shape(ins.operand());
        if (s == null) {
            return null;
        }
        List<Dim> dims = new ArrayList<>(s.dims());
        dims.add(dims.size() + 1 + ins.axis(), new Dim.Known(1));
        return new Shape(dims);
    }

    /** A gradient has the shape of the input it is taken with respect to; what it differentiates must be a scalar. */
    @Override
    public Shape gradient(Term.Gradient g, Void unused) {
        if (g.at() != null) {
            // \nabla F(\tilde{w}_k): the variable standing for F's parameter has the shape of the point.
            Shape at = shape(g.at());
            if (at == null) {
                return null;
            }
            pass.inputShapes.putIfAbsent(g.wrt(), at);
        }
        Shape of = shape(g.of());
        Shape wrt = pass.inputShapes.get(g.wrt());
        if (of == null || wrt == null) {
            return null;
        }
        if (!of.isScalar()) {
            error(Code.E0305, g.of().span(), "a gradient needs a scalar to differentiate, but `"
                            + pass.source.slice(g.of().span()) + "` has shape " + resolved(of),
                    "reduce it to a number first, like `\\nabla_{" + g.wrt().latex() + "} \\mathrm{sum}(…)`, or take"
                            + " the gradient of a scalar loss", "shape " + resolved(of));
            return null;
        }
        return wrt;
    }

    /**
     * Whether {@code f}'s body is a function of numbers: built of numbers, the parameters, scalar inputs and operations
     * that act on numbers (arithmetic, products, powers, comparisons, cases, element-wise built-ins), so that at
     * numbers it has one meaning whatever shape a declaration gave its parameter's name.
     */
    static boolean elementWise(Definition f) {
        for (Term t : dev.eqc.compiler.term.TermTrees.preorder(f.body())) {
            boolean ok;
            if (t instanceof Term.InputRef in) {
                ok = in.input().declared() && in.input().dims() != null && in.input().dims().isEmpty()
                        && !in.input().isApplied();
            } else if (t instanceof Term.BuiltinCall b) {
                ok = b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.UNARY
                        || b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.BINARY;
            } else {
                ok = t instanceof Term.Literal || t instanceof Term.ConstRef || t instanceof Term.DimValue
                        || t instanceof Term.ParamRef || t instanceof Term.Arith || t instanceof Term.Power
                        || t instanceof Term.Negate || t instanceof Term.Compare || t instanceof Term.Where
                        || t instanceof Term.Product;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The axis of {@code a.dim()} in the argument's shape; the shape is kept or loses that axis. */
    @Override
    public Shape alongAxis(Term.AlongAxis a, Void unused) {
        Shape arg = shape(a.arg());
        if (arg == null) {
            return null;
        }
        Shape resolvedArg = resolved(arg);
        if (a.dim().isEmpty()) {
            return lastAxisKept(a, arg, resolvedArg);
        }
        int found = -1;
        for (int i = 0; i < resolvedArg.rank(); i++) {
            if (resolvedArg.dim(i).toString().equals(a.dim())) {
                if (found >= 0) {
                    error(Code.E0304, a.span(), "`" + a.dim() + "` names two axes of " + resolvedArg,
                            "use index notation to say which one is meant", null);
                    return null;
                }
                found = i;
            }
        }
        if (found < 0 && !pass.program().declaredDimensions().contains(a.dim()) && resolvedArg.rank() > 0) {
            // underset{seq}{softmax}: a word that is no dimension of the file; papers mean the last axis.
            Diagnostic.of(Code.W0102, pass.source, a.span(), "`" + a.dim() + "` is not a dimension of " + resolvedArg
                            + "; eqc applies " + a.builtin().displayName() + " along the last axis")
                    .caret("axis `" + a.dim() + "` assumed last")
                    .help("declare the inputs with `" + a.dim() + "` as a dimension to name an axis")
                    .report(pass.diagnostics);
            found = resolvedArg.rank() - 1;
        }
        if (found < 0) {
            error(Code.E0304, a.span(), a.builtin().displayName() + " along `" + a.dim() + "`, but the argument has shape "
                    + resolvedArg, "name one of its dimensions: " + resolvedArg, null);
            return null;
        }
        pass.axes.put(a, found - resolvedArg.rank());
        if (a.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.REDUCE_LAST) {
            List<Dim> dims = new ArrayList<>(arg.dims());
            if (a.keep()) {
                dims.set(found, new Dim.Known(1));
            } else {
                dims.remove(found);
            }
            return new Shape(dims);
        }
        return arg;
    }

    /**
     * {@code X - \\mathbb{E}[X]}, {@code \\sqrt{Var[X] + \\epsilon}} beside X (resolve/KeptAxes): the statistic of the
     * last axis, kept with size 1. For a matrix that is a reading (per row, as layer norm; batch statistics
     * would be per column), so W0102 says so; a vector's mean is one number either way.
     */
    private Shape lastAxisKept(Term.AlongAxis a, Shape arg, Shape resolvedArg) {
        if (resolvedArg.rank() == 0) {
            error(Code.E0304, a.span(), a.builtin().displayName() + " of a number: `" + pass.source.slice(a.arg().span())
                    + "` has shape []", "a statistic is taken over the axis of a vector or a matrix", null);
            return null;
        }
        if (resolvedArg.rank() >= 3) {
            lastAxisStatistics.add(a);
        }
        if (resolvedArg.rank() >= 2) {
            Diagnostic.of(Code.W0102, pass.source, a.span(), "`" + pass.source.slice(a.span()) + "` of the "
                            + resolvedArg + " tensor beside it is read along its last axis, one value per row kept to"
                            + " broadcast back, as a normalisation over each row means")
                    .caret("over the last axis, per row")
                    .help("for statistics over the first axis (a batch, as batch norm), write `\\underset{"
                            + resolvedArg.dim(0) + "}{\\mathbb{E}}[…]` with the axes declared, or `\\frac{1}{m}"
                            + "\\sum_{i=1}^{m}`")
                    .report(pass.diagnostics);
        }
        pass.axes.put(a, -1);
        List<Dim> dims = new ArrayList<>(arg.dims());
        dims.set(dims.size() - 1, new Dim.Known(1));
        return new Shape(dims);
    }

    /**
     * The statistics of a tensor of three axes or more read along its last axis ({@link #lastAxisKept}): beside a
     * parameter aligned with an inner axis they are E0353 ({@link #alignedRun}).
     */
    private final List<Term.AlongAxis> lastAxisStatistics = new ArrayList<>();

    /** The indices of the sums being checked (a sum's index is never read as a column by W0396). */
    private final java.util.Set<IndexVar> summed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** {@code W_{ij}}: each index variable ranges over one leading core axis of the base. */
    @Override
    public Shape index(Term.Index ix, Void unused) {
        indexedBase = ix.base();
        Shape base = shape(ix.base());
        if (base == null) {
            return null;
        }
        int k = ix.indices().size();
        if (base.rank() < k) {
            error(Code.E0303, ix.span(), "`" + pass.source.slice(ix.base().span()) + "` has shape " + resolved(base)
                    + " but is indexed by " + k + " indices", "a subscript index selects along one axis each", null);
            return null;
        }
        for (int a = 0; a < k; a++) {
            IndexVar v = ix.indices().get(a);
            Dim extent = pass.extentOf(v);
            if (!pass.unifier.unify(extent, base.dim(a))) {
                String name = v.name().equals(IndexVar.CLASSES) ? "the label `" + pass.source.slice(v.span()) + "`"
                        : "index `" + v.name() + "`";
                boolean later = base.rank() > k
                        && String.valueOf(resolved(extent)).equals(String.valueOf(resolved(base.dim(base.rank() - k + a))));
                if (later && base.rank() == 2 && k == 1 && !summed.contains(v) && !v.name().equals(IndexVar.CLASSES)
                        && noIndexOver(base.dim(0), v) && pass.unifier.unify(extent, base.dim(1))) {
                    return columnByRange(ix, base, v);
                }
                IndexVar row = later && base.rank() == 2 && k == 1 ? enclosingRow(base.dim(0), v) : null;
                if (row != null && pass.unifier.unify(extent, base.dim(1))) {
                    return entryInEnclosingRow(ix, base, row, v);
                }
                error(Code.E0304, ix.span(), name + " ranges over " + resolved(extent)
                                + " but axis " + a + " of `" + pass.source.slice(ix.base().span()) + "` has size "
                                + resolved(base.dim(a)),
                        later ? "`" + pass.source.slice(ix.base().span()) + "` is " + resolved(base) + " and the"
                                + " subscript gives " + k + " of its " + base.rank() + " indices: write every index,"
                                + " the row first (like `\\theta_{i, y_i}` and `\\theta_{ij}` inside `\\sum_i`)"
                                : "an index used on two dimensions forces them equal", null);
                return null;
            }
        }
        return new Shape(base.dims().subList(k, base.rank()));
    }

    /**
     * Wanda's {@code \mathbf{S}_{ij} = |\mathbf{W}_{ij}| \cdot \|\mathbf{X}_j\|_2} with {@code \mathbf{X} \in
     * \mathbb{R}^{NL \times C_{in}}}: a matrix with one index whose range, fixed elsewhere, is the size of its columns
     * and not of its rows ("X_j, the j-th input feature") is read as column {@code j} (W0396); it was E0304. Only for
     * an index of the definition (not a sum's, not a label) when no other index runs over the rows: ArcFace's
     * {@code \theta_{y_i}} beside i over the rows means the element (i, y_i) and stays E0304.
     */
    /** Whether no index of the program but {@code v} ranges over {@code rows} (ArcFace's i over the N rows of θ). */
    private boolean noIndexOver(Dim rows, IndexVar v) {
        String size = String.valueOf(resolved(rows));
        return pass.extents.entrySet().stream().noneMatch(e -> e.getKey() != v
                && size.equals(String.valueOf(resolved(e.getValue()))));
    }

    /**
     * The one index of an enclosing sum (or of the definition), other than {@code v}, that ranges over {@code rows} ({@code i} of {@code
     * \\sum_{i=1}^{N}} for a matrix [N, n]); null when there is none or more than one.
     */
    private IndexVar enclosingRow(Dim rows, IndexVar v) {
        IndexVar found = null;
        List<IndexVar> inScope = new ArrayList<>(summed);
        if (owner != null) {
            inScope.addAll(owner.indices());   // \ell_i = -\log \frac{e^{s \cos\theta_{y_i}}}{…} defined per sample
        }
        for (IndexVar s : inScope) {
            if (s != v && !s.name().equals(v.name()) && pass.unifier.same(resolved(pass.extentOf(s)), resolved(rows))) {
                if (found != null) {
                    return null;
                }
                found = s;
            }
        }
        return found;
    }

    /**
     * ArcFace's (and SphereFace's, CosFace's) {@code \\sum_{i=1}^{N} \\log \\frac{e^{s \\cos\\theta_{y_i}}}{\\ldots +
     * \\sum_{j \\neq y_i} e^{s \\cos\\theta_j}}} with {@code \\theta \\in \\mathbb{R}^{N \\times n}}: the papers drop the
     * sample's row from the angles, so a matrix read by one index (or label) of its column range inside the sum over
     * its rows is the entry in the sum's row, {@code \\theta_{i, j}} (W0521). Was E0304.
     */
    private Shape entryInEnclosingRow(Term.Index ix, Shape base, IndexVar row, IndexVar v) {
        pass.rewrites.put(ix, t -> t instanceof Term.Index q && q.indices().size() == 1
                ? new Term.Index(q.span(), q.base(), List.of(row, q.indices().get(0))) : t);
        String name = pass.source.slice(ix.base().span()).trim();
        String written = pass.source.slice(ix.span()).trim();
        String col = v.name().equals(IndexVar.CLASSES) ? pass.source.slice(v.span()).trim() : v.name();
        pass.readings.add(Diagnostic.of(Code.W0521, pass.source, ix.span(), "`" + written + "` is read as the entry of `"
                        + name + "` " + resolved(base) + " in row `" + row.name() + "` (the index in scope over its rows) and column `"
                        + col + "`: `" + col + "` ranges over its columns, `" + row.name() + "` over its rows")
                .caret("`" + name + "_{" + row.name() + ", " + col + "}`")
                .help("write `" + name + "_{" + row.name() + ", " + col + "}` to say so and silence this warning")
                .build());
        return Shape.SCALAR;
    }

    private Shape columnByRange(Term.Index ix, Shape base, IndexVar v) {
        pass.rewrites.put(ix, t -> t instanceof Term.Index q
                ? new Term.Index(q.span(), new Term.Transpose(q.base().span(), q.base()), q.indices()) : t);
        String name = pass.source.slice(ix.base().span()).trim();
        pass.readings.add(Diagnostic.of(Code.W0396, pass.source, ix.span(), "`" + pass.source.slice(ix.span()).trim()
                        + "` is read as column `" + v.name() + "` of `" + name + "` " + resolved(base) + ": `" + v.name()
                        + "` ranges over " + resolved(base.dim(1)) + ", its column count, not its row count")
                .caret("column " + v.name() + ": [" + resolved(base.dim(0)) + "]")
                .help("write `" + name + "^\\top_" + v.name() + "` or `" + name + "_{:, " + v.name()
                        + "}` to say so and silence this warning")
                .build());
        return new Shape(List.of(base.dim(0)));
    }

    /** A used value's inputs that this function's parameters shadow must match them. */
    private void bindShadowedInputs(Definition used, Span at) {
        for (Input in : used.freeInputs()) {
            for (int i = 0; i < owner.params().size(); i++) {
                Param p = owner.params().get(i);
                if (p.key().equals(in.key())) {
                    Shape ps = pass.paramShape(owner, i);
                    Shape is = pass.inputShapes.get(in);
                    if (ps != null && is != null && !unifyShapes(ps, is)) {
                        pass.noteNamesakeConflict(owner);
                        Diagnostic.of(Code.E0304, pass.source, at, "`" + used.latexName() + "` uses `" + in.latex()
                                        + "` as " + resolved(is) + ", but here `" + p.latex() + "` is " + resolved(ps))
                                .label(p.span(), "parameter `" + p.latex() + "` is " + resolved(ps))
                                .label(in.span(), "declared here as " + resolved(is))
                                .report(pass.diagnostics);
                    }
                }
            }
        }
    }

    @Override
    public Shape call(Term.Call c, Void unused) {
        Definition f = c.function();
        Shape result = pass.resultOf(f);
        List<Shape> args = new ArrayList<>();
        for (Term a : c.args()) {
            args.add(shape(a));
        }
        bindShadowedInputs(f, c.span());
        if (result == null || args.contains(null)) {
            return null;
        }
        List<Dim> batch = List.of();
        for (int i = 0; i < args.size(); i++) {
            Shape want = pass.paramShape(f, i);
            Shape got = args.get(i);
            Span at = c.args().get(i).span();
            if (got.rank() < want.rank()) {
                // a value of lower rank than the declared parameter (a layer on rows applied to a number) is an
                // error, not a reason to read the parameter as local; unless the argument is an element or a row of
                // the very input the parameter is named after: PRML's y(x_n, \mathbf{w}) with \mathbf{x} declared
                // as the N training inputs and y(x, \mathbf{w}) = \sum_j w_j x^j (W0265, each call gives the shape)
                Param p = f.params().get(i);
                if (p.declaration() != null && (c.args().get(i) instanceof Term.Index ix
                        && ix.base() instanceof Term.InputRef in && in.input() == p.declaration() || elementWise(f))) {
                    // or a body that maps numbers to numbers, Fortunato et al.'s f(x) = sgn(x) \sqrt{|x|} with x
                    // declared as the layer's input, called on the noise's elements f(\varepsilon^{out}_i): at any
                    // rank it is the same function, element by element, so reading the parameter as local is no guess
                    pass.noteNamesakeConflict(f);
                }
                error(Code.E0303, at, "`" + f.latexName() + "` expects `" + f.params().get(i).latex() + "` of shape "
                        + resolved(want) + ", got " + resolved(got), "a value of lower rank cannot be expanded", null);
                return null;
            }
            int extra = got.rank() - want.rank();
            for (int k = 0; k < want.rank(); k++) {
                if (!pass.unifier.unify(want.dim(k), got.dim(extra + k))) {
                    pass.noteNamesakeConflict(f);
                    error(Code.E0304, at, "`" + f.latexName() + "` expects `" + f.params().get(i).latex()
                                    + "` of shape " + resolved(want) + ", got " + resolved(got),
                            "dimension " + resolved(want.dim(k)) + " differs from " + resolved(got.dim(extra + k)), null);
                    return null;
                }
            }
            Shape merged = broadcast(new Shape(batch), new Shape(got.dims().subList(0, extra)), at, at, "", "batch");
            if (merged == null) {
                return null;
            }
            batch = merged.dims();
        }
        List<Dim> dims = new ArrayList<>(batch);
        dims.addAll(result.dims());
        return new Shape(dims);
    }

    @Override
    public Shape builtinCall(Term.BuiltinCall b, Void unused) {
        Builtin fn = b.builtin();
        // \mathbb{E}_{(x, y) \sim p_{\mathrm{pos}}}[\|f(x) - f(y)\|_2^\alpha]: the norms inside an expectation that
        // draws samples are of one draw each (W0390).
        boolean sampling = fn == Builtin.MEAN && isSamplingExpectation(pass.source.slice(b.span()));
        List<Shape> args = new ArrayList<>();
        if (sampling) {
            pass.samplingDepth++;
        }
        try {
            for (Term a : b.args()) {
                args.add(shape(a));
            }
        } finally {
            if (sampling) {
                pass.samplingDepth--;
            }
        }
        if (args.contains(null)) {
            return null;
        }
        // \mu = \mathbb{E}[\mathbf{x}] with x declared [n, d]: the mean of the examples, a [d] vector, as with draws
        // written under the E (W0489; was each row's mean, silently)
        boolean plain = fn == Builtin.MEAN && !sampling && isPlainExpectation(pass.source.slice(b.span()));
        if ((sampling || plain) && args.size() == 1) {
            Shape perDraw = meanOverDraws(b, args.get(0), sampling ? Code.W0437 : Code.W0489);
            if (perDraw == UNREADABLE) {
                return null;
            }
            if (perDraw != null) {
                return perDraw;
            }
        }
        if (fn == Builtin.SUM && pass.source.slice(b.span()).trim().startsWith("\\sum") && args.get(0).rank() != 1) {
            // \sum (…) with no index under it: the sum of a vector's entries (resolve made it so); over a matrix
            // (every entry, or each row?) or a number it says nothing.
            error(Code.E0103, b.span(), "`\\sum` with no index under it sums the entries of a vector, but this is "
                            + (args.get(0).isScalar() ? "a number" : "a tensor " + resolved(args.get(0))),
                    "write the index under the operator, like `\\sum_{j}` or `\\sum_{i,j}`", null);
            return null;
        }
        if (fn == Builtin.ABS && distanceBars(b, args.get(0))) {
            return Shape.SCALAR;
        }
        if (fn == Builtin.SUM && frobeniusBrackets(b, args.get(0))) {
            return Shape.SCALAR;
        }
        if (fn == Builtin.ABS && isSquareMatrix(args.get(0))) {
            // |\Sigma| of a square matrix: its determinant, as in a Gaussian's density (W0102 says so).
            String text = pass.source.slice(b.span());
            Diagnostic.of(Code.W0102, pass.source, b.span(), "`" + text + "` of a square matrix is read as its"
                            + " determinant, not the element-wise absolute value")
                    .caret("determinant: " + resolved(args.get(0)) + " → a scalar")
                    .help("write `\\det(" + pass.source.slice(b.args().get(0).span()) + ")` to say so and silence"
                            + " this warning; for the element-wise absolute value write `\\mathrm{abs}(…)`")
                    .report(pass.diagnostics);
            return Shape.SCALAR;
        }
        if (fn == Builtin.EXP && isSquareMatrix(args.get(0)) && pass.invertedTexts().contains(compact(b.args().get(0)))) {
            // Mamba's (and S4's) zero-order hold: \bar{A} = \exp(\Delta A), \bar{B} = (\Delta A)^{-1}(\exp(\Delta A) - I)
            // \Delta B. Beside the inverse of the same matrix, exp is the matrix exponential; element-wise it is wrong.
            String arg = pass.source.slice(b.args().get(0).span());
            error(Code.E0270, b.span(), "`" + pass.source.slice(b.span()) + "` of a square matrix " + resolved(args.get(0))
                            + " that the file also inverts is the matrix exponential, which eqc does not compute",
                    "for a diagonal state matrix (S4D, Mamba) declare its diagonal as a vector `a` and write the"
                            + " element-wise forms, like `\\bar{a} = \\exp(\\Delta a)`, `\\bar{b} = (\\bar{a} - 1) / a \\odot b`;"
                            + " for the element-wise exponential define it by elements, like `E_{ij} = \\exp(" + arg
                            + "_{ij})`", null);
            return null;
        }
        if ((fn == Builtin.NORM1 || fn == Builtin.NORM_INF) && args.get(0).rank() >= 2) {
            // \|W\|_1, \|W\|_\infty of a matrix: entry-wise (a regulariser) or induced (the largest column or row
            // sum) cannot be told; a row of norms, as of a batch of vectors, is neither (was silent).
            String text = pass.source.slice(b.span());
            String one = fn == Builtin.NORM1 ? "1" : "\\infty";
            // Of a tensor of rank 3 or more (pix2pix's \|y - G(x, z)\|_1 of images) the same: the norm of the last
            // axis alone, a tensor of norms, was silent.
            boolean matrix = args.get(0).rank() == 2;
            error(Code.E0156, b.span(), "`" + text + "` of a " + (matrix ? "matrix " : "tensor ") + resolved(args.get(0))
                            + ": the entry-wise norm"
                            + (fn == Builtin.NORM1 ? " (the sum of |entries|, an L1 penalty)" : " (the largest |entry|)")
                            + (matrix ? " or the induced norm" + (fn == Builtin.NORM1 ? " (the largest column sum)"
                            : " (the largest row sum)") : " or a norm of each row along the last axis") + " cannot be told",
                    fn == Builtin.NORM1 ? "write `\\sum_{i,j} |W_{ij}|` for the entry-wise norm, `\\max_j \\sum_i |W_{ij}|`"
                            + " for the induced one, or `\\|w_i\\|_1` in a definition of `n_i` for each row's"
                            : "write `\\max_i \\max_j |W_{ij}|` for the largest entry, `\\max_i \\sum_j |W_{ij}|` for the"
                            + " induced norm, or `\\|w_i\\|_\\infty` in a definition of `n_i` for each row's", null);
            return null;
        }
        if (fn == Builtin.NORM2 && args.get(0).rank() >= 2) {
            // \|W^\top W - I\|^2 of a matrix: the Frobenius norm, not a vector of row norms (W0102 unless written _F).
            // \|\phi_j(\hat{y}) - \phi_j(y)\|_2^2 of C x H x W feature maps (Johnson et al.'s perceptual loss): the
            // same, over every entry (was the norm over the last axis only, a C x H matrix, silently).
            String text = pass.source.slice(b.span());
            boolean frobeniusWritten = text.matches(
                    "(?s).*_\\{?\\s*(\\\\(mathrm|text|textrm|mathcal|mathsf)\\{F\\}|\\\\rm F|F)\\s*\\}?");
            Shape rows = frobeniusWritten ? null : normPerDraw(b, args.get(0));
            if (rows != null) {
                return rows;
            }
            if (!frobeniusWritten) {
                Diagnostic.of(Code.W0102, pass.source, b.span(), "`" + text + "` of a " + (args.get(0).rank() == 2
                                ? "matrix is read as its Frobenius" : "tensor of rank " + args.get(0).rank()
                                + " is read as its Frobenius") + " norm (over every entry), not a norm per row")
                        .caret("Frobenius norm: " + resolved(args.get(0)) + " → a scalar")
                        .help("write `\\|…\\|_F` to say so and silence this warning; for the norm of each row index"
                                + " it, like `\\|x_i\\|` in a definition of `n_i`")
                        .report(pass.diagnostics);
            }
            return Shape.SCALAR;
        }
        return switch (fn.kind()) {
            case UNARY -> args.get(0);
            case BINARY -> broadcast(args.get(0), args.get(1), b.span(), b.span(), ",", fn.displayName() + " of");
            case LAST_AXIS -> {
                if (args.get(0).isScalar() && (fn == Builtin.SOFTMAX || fn == Builtin.LOG_SOFTMAX) && owner != null) {
                    // \alpha_{ij} = \mathrm{softmax}(e_{ij}) (PyG's TransformerConv): one number per element, which
                    // the file's second reading normalises over the last index of the definition it reads (W0410).
                    owner.indices().stream().filter(v -> mentions(b.args().get(0), v)).reduce((x, y) -> y)
                            .ifPresent(v -> pass.scalarSoftmaxCalls.put(b.span().start(), v.name()));
                }
                if (args.get(0).isScalar()) {
                    error(Code.E0303, b.span(), fn.displayName() + " needs a vector or a matrix, got a scalar",
                            fn.displayName() + " works along the last axis of its argument", null);
                    yield null;
                }
                yield args.get(0);
            }
            case REDUCE_LAST -> {
                Shape arg = args.get(0);
                if (arg.isScalar() && fn.absOfNumber()) {
                    yield arg; // the norm of a number is its absolute value
                }
                if (arg.isScalar() && fn == Builtin.MEAN && isExpectation(pass.source.slice(b.span()))) {
                    Diagnostic.of(Code.W0321, pass.source, b.span(), "`" + pass.source.slice(b.span()).strip()
                                    + "` takes the expectation of a number: read as a single draw, whose"
                                    + " expectation is the value itself")
                            .caret("one sample: the value itself")
                            .help("to average over samples, declare what is drawn with an axis of samples (`x \\in"
                                    + " \\mathbb{R}^{N \\times d}`) or write the value without the expectation")
                            .report(pass.diagnostics);
                    yield arg;
                }
                if (arg.isScalar()) {
                    error(Code.E0303, b.span(), fn.displayName() + " needs a vector or a matrix, got a scalar",
                            fn.displayName() + " reduces the last axis of its argument", null);
                    yield null;
                }
                yield new Shape(arg.dims().subList(0, arg.rank() - 1));
            }
            case STRUCTURAL -> structural(b, args);
        };
    }

    /**
     * Wang &amp; Isola's {@code \\mathbb{E}_{(x, y) \\sim p_{\\mathrm{pos}}}[\\|f(x) - f(y)\\|_2^\\alpha]} with {@code f(x), f(y)}
     * declared [N, d]: inside an expectation that draws samples, the rows of a matrix that is not square are the
     * draws, so the 2-norm is each row's and the expectation averages them (the Frobenius norm of the batch, a
     * single draw, was a wrong number with exit code 0). Rewrites the norm to run along the last axis (W0390);
     * null when this is not that reading.
     */
    private Shape normPerDraw(Term.BuiltinCall b, Shape arg) {
        if (pass.samplingDepth == 0 || arg.rank() != 2) {
            return null;
        }
        Shape r = resolved(arg);
        Dim rows = r.dim(0);
        Dim cols = r.dim(1);
        boolean fixed = isFixed(rows) && isFixed(cols);
        if (!fixed || rows.toString().equals(cols.toString())) {
            return null; // a square matrix (a Jacobian) keeps its Frobenius norm (W0102)
        }
        String axis = cols.toString();
        pass.rewrites.put(b, t -> t instanceof Term.BuiltinCall c
                ? new Term.AlongAxis(c.span(), Builtin.NORM2, c.args().get(0), axis, false) : t);
        String text = pass.source.slice(b.span()).trim();
        pass.readings.add(Diagnostic.of(Code.W0390, pass.source, b.span(), "`" + text + "` of a matrix " + r
                        + " inside an expectation that draws samples is read as the norm of each row, one draw each,"
                        + " and the expectation as their mean; not the Frobenius norm of the whole batch")
                .caret("norm per row: " + r + " → [" + rows + "]")
                .help("write `\\|…\\|_F` for the norm of the whole matrix as one draw")
                .build());
        return new Shape(List.of(rows));
    }

    /**
     * StyleGAN's {@code \\bar{\\mathbf{w}} = \\mathbb{E}_{\\mathbf{z} \\sim P(\\mathbf{z})}[f(\\mathbf{z})]} with {@code f(\\mathbf{z})}
     * declared [N, D]: inside an expectation that draws samples, the rows of a matrix that is not square are the draws
     * (as for W0390's norms and W0394's products), so the expectation is the mean over the rows, a [D] vector; the
     * mean over the last axis, one number per draw, was the reading before (W0132). Rewrites the mean to run along
     * the rows (W0437); null when this is not that reading (not a matrix, or a size not fixed). A square matrix
     * ({@code \\mathbb{E}_{x \\sim p}[x x^\\top]}, a Gram matrix of pairs) is E0357 and {@link #UNREADABLE}.
     */
    private Shape meanOverDraws(Term.BuiltinCall b, Shape arg, Code code) {
        if (arg.rank() != 2) {
            return null;
        }
        Shape r = resolved(arg);
        Dim rows = r.dim(0);
        Dim cols = r.dim(1);
        boolean fixed = isFixed(rows) && isFixed(cols);
        if (!fixed) {
            return null;
        }
        String text = pass.source.slice(b.span()).trim();
        if (rows.toString().equals(cols.toString())) {
            // \mathbb{E}_{x \sim p}[x x^\top], \mathbb{E}_{x, x' \sim p}[k(x, x')] of a Gram matrix: rows as draws,
            // every entry a pair of draws, or the whole matrix one draw; the mean over the last axis is none of them.
            error(Code.E0357, b.span(), "`" + text + "` of a square matrix " + r + ": eqc cannot tell whether its rows"
                            + " are the draws, each entry a pair of draws, or the whole matrix one draw",
                    "write the mean you mean: `\\frac{1}{" + rows + "} \\sum_{i} …` over the draws, `\\frac{1}{" + rows
                            + "^2} \\sum_{i,j} K_{ij}` over pairs, or the matrix itself for one draw",
                    "which axes are the draws?");
            pass.superseded.add(b.span().start());
            return UNREADABLE;
        }
        String axis = rows.toString();
        pass.rewrites.put(b, t -> t instanceof Term.BuiltinCall c
                ? new Term.AlongAxis(c.span(), Builtin.MEAN, c.args().get(0), axis, false) : t);
        pass.readings.add(Diagnostic.of(code, pass.source, b.span(), "`" + text + "` of a matrix " + r
                        + " is read as the mean over its rows, " + (code == Code.W0437 ? "one draw each" : "the examples")
                        + "; not over the last axis")
                .caret("mean over the draws: " + r + " → [" + cols + "]")
                .help("to average each row instead, name its axis: `\\mathbb{E}_{" + cols + "}[…]`")
                .build());
        pass.superseded.add(b.span().start());
        return new Shape(List.of(cols));
    }

    /** A size the inputs fix (a number, or a dimension that is not still free to unify). */
    private static boolean isFixed(Dim d) {
        return d instanceof Dim.Known || d instanceof Dim.Symbol s && !s.flexible();
    }

    /** The answer of a reading that reported an error: the caller stops with null. */
    private static final Shape UNREADABLE = new Shape(List.of(new Dim.Known(-1)));

    /** An expectation with what it draws under it ({@code \\mathbb{E}_{x \\sim p}[…]}, {@code E_{(x, y_w, y_l) \\sim D}[…]}). */
    private static boolean isSamplingExpectation(String text) {
        return isExpectation(text) && text.strip().matches("(?s)(\\\\hat\\s*\\{?\\s*)?(\\\\mathbb\\s*\\{?\\s*E\\s*\\}?|\\\\mathrm\\s*\\{\\s*E\\s*\\}|\\\\operatorname\\s*\\{\\s*E\\s*\\}|E)\\s*\\}?\\s*_.*");
    }

    /** {@code \\mathbb{E}[…]}, {@code \\mathrm{E}[…]} with nothing under or after the E: the expectation of a random value. */
    private static boolean isPlainExpectation(String text) {
        return text.strip().matches("(?s)(\\\\mathbb\\s*\\{?\\s*E\\s*\\}?|\\\\mathrm\\s*\\{\\s*E\\s*\\}|\\\\operatorname\\s*\\{\\s*E\\s*\\}|E)"
                + "\\s*(\\\\left\\s*)?\\[.*");
    }

    /** Whether {@code text} is an expectation as papers print it ({@code \\mathbb{E}_{…}[…]}, {@code \\hat{\\mathbb{E}}_t}, {@code E_{x \\sim D}[…]}). */
    private static boolean isExpectation(String text) {
        return text.strip().matches("(?s)(\\\\hat\\s*\\{?\\s*)?(\\\\mathbb\\s*\\{?\\s*E|\\\\mathrm\\s*\\{\\s*E\\s*\\}|\\\\operatorname\\s*\\{\\s*E\\s*\\}|E\\s*_).*");
    }

    /** diag, tr and Concat: each its own rule. */
    private Shape structural(Term.BuiltinCall b, List<Shape> args) {
        Shape x = args.get(0);
        return switch (b.builtin().structure()) {
            case DIAG -> diag(b, x);
            case TRACE, DET -> trace(b, x);
            case CONCAT -> concat(b, args);
        };
    }

    private Shape diag(Term.BuiltinCall b, Shape x) {
        if (x.rank() == 1) {
            return new Shape(List.of(x.dim(0), x.dim(0)));
        }
        if (x.rank() >= 2 && pass.unifier.unify(x.fromEnd(1), x.fromEnd(2))) {
            return new Shape(x.dims().subList(0, x.rank() - 1));
        }
        error(Code.E0303, b.span(), "diag takes a vector or a square matrix, got " + resolved(x),
                "diag(v) builds the diagonal matrix of v; diag(A) takes the diagonal of A", null);
        return null;
    }

    /** A matrix (core rank 2) whose two sizes are the same dimension. */
    boolean isSquareMatrix(Shape x) {
        return x.rank() == 2 && resolved(x.dim(0)).equals(resolved(x.dim(1)));
    }

    private Shape trace(Term.BuiltinCall b, Shape x) {
        if (x.rank() >= 2 && pass.unifier.unify(x.fromEnd(1), x.fromEnd(2))) {
            return new Shape(x.dims().subList(0, x.rank() - 2));
        }
        error(Code.E0303, b.span(), b.builtin().displayName() + " takes a square matrix, got " + resolved(x), null, null);
        return null;
    }

    private Shape concat(Term.BuiltinCall b, List<Shape> args) {
        Shape block = blockColumn(b, args);
        if (block != null) {
            return block;
        }
        Shape lead = new Shape(List.of());
        Dim last = null;
        for (int i = 0; i < args.size(); i++) {
            Shape a = args.get(i);
            if (a.rank() == 0) {
                Term part = b.args().get(i);
                String help = part instanceof Term.InputRef in && !in.input().declared()
                        ? "`" + in.input().latex() + "` is not declared, so it was assumed a number; declare it as a"
                                + " vector, like `" + in.input().latex() + " \\in \\mathbb{R}^{d}` (for the rows of a"
                                + " matrix, declare the matrix, like `g \\in \\mathbb{R}^{n \\times d}`, and write `g_i`)"
                        : "to stack numbers into a vector, write them as a column: `\\begin{pmatrix} a \\\\ b \\end{pmatrix}`";
                error(Code.E0303, part.span(), "Concat joins vectors or matrices along their last"
                        + " axis; this is a scalar", help, null);
                return null;
            }
            lead = broadcast(lead, new Shape(a.dims().subList(0, a.rank() - 1)), b.args().get(i).span(),
                    b.span(), ",", "concatenate");
            if (lead == null) {
                return null;
            }
            Dim next = pass.unifier.resolve(a.fromEnd(1));
            last = last == null ? a.fromEnd(1)
                    : pass.unifier.resolve(last) instanceof Dim.Known k && next instanceof Dim.Known n
                            ? new Dim.Known(k.value() + n.value()) : new Dim.Compound('+', last, a.fromEnd(1));
        }
        if (mixedColumn(b, args)) {
            return null;
        }
        warnColumnOfTensors(b, args);
        List<Dim> dims = new ArrayList<>(lead.dims());
        dims.add(last);
        return new Shape(dims);
    }

    /**
     * Mip-NeRF's {@code \begin{bmatrix} \sin(\mu) \circ e \\ \cos(\mu) \circ e \end{bmatrix}}: a column of
     * cells that are all vectors (or larger) is stacked along a new last axis, {@code S + [r]}, as the cells of a
     * batch; a paper may mean the block vector, the cells one after another (W0492).
     */
    /**
     * {@code \\begin{bmatrix} \\mathbf{x} \\\\ 1 \\end{bmatrix}}, the bias-augmented input (found by the session's
     * review): a column of a tensor and numbers was the numbers stacked beside every entry, [d, 2], silently; papers
     * mean the block vector, which eqc does not build from a number yet, so it stops (E0369).
     */
    private boolean mixedColumn(Term.BuiltinCall b, List<Shape> args) {
        String text = pass.source.slice(b.span()).strip();
        if (args.size() < 2 || !text.matches("(?s)\\\\begin\\{(p|b|v)?matrix\\}.*") || text.contains("&")) {
            return false;
        }
        boolean tensor = false;
        boolean number = false;
        for (int i = 0; i < args.size(); i++) {
            boolean cellIsTensor = args.get(i).rank() >= 2 && b.args().get(i) instanceof Term.InsertAxis;
            tensor |= cellIsTensor;
            number |= !cellIsTensor;
        }
        if (!tensor || !number) {
            return false;
        }
        error(Code.E0369, b.span(), "a column of a vector (or matrix) and numbers: papers mean the block vector, the"
                        + " cells one after another (`[\\mathbf{x}; 1]`, an input with its bias entry), which eqc does"
                        + " not build from a number; stacking would put each number beside every entry",
                "give the number as a vector of one entry, declared (`b \\in \\mathbb{R}^{1}`), and write `[\\mathbf{x};"
                        + " b]`, or write the product out (`\\mathbf{w}^\\top \\mathbf{x} + w_0`)", "a vector and a number");
        return true;
    }

    /**
     * NeuMF's {@code \\begin{bmatrix} \\phi^{GMF} \\\\ \\phi^{MLP} \\end{bmatrix}}: a column whose cells are vectors
     * of different declared lengths cannot be stacked (W0492's reading needs one length), and papers mean the block
     * vector, the cells one after another: read so, [k + l] (W0507). Was E0302 (cannot concatenate). Only when every
     * cell is a vector whose length is a number or a declared size and two lengths differ; null otherwise.
     */
    private Shape blockColumn(Term.BuiltinCall b, List<Shape> args) {
        String text = pass.source.slice(b.span()).strip();
        if (args.size() < 2 || !text.matches("(?s)\\\\begin\\{(p|b)?matrix\\}.*") || text.contains("&")
                || !text.contains("\\\\")) {
            return null;
        }
        List<Dim> lengths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).rank() != 2 || !(b.args().get(i) instanceof Term.InsertAxis ia) || ia.axis() != -1) {
                return null;
            }
            Dim n = pass.unifier.resolve(args.get(i).dim(0));
            if (!(n instanceof Dim.Known) && !(n instanceof Dim.Symbol sym && !sym.flexible())) {
                return null;
            }
            lengths.add(n);
        }
        if (lengths.stream().map(Dim::toString).distinct().count() < 2) {
            return null;
        }
        Dim total = lengths.get(0);
        for (Dim n : lengths.subList(1, lengths.size())) {
            total = total instanceof Dim.Known k && n instanceof Dim.Known m ? new Dim.Known(k.value() + m.value())
                    : new Dim.Compound('+', total, n);
        }
        pass.rewrites.put(b, t -> t instanceof Term.BuiltinCall c ? new Term.BuiltinCall(c.span(), Builtin.CONCAT,
                c.args().stream().map(a -> a instanceof Term.InsertAxis cell ? cell.operand() : a).toList()) : t);
        pass.readings.add(Diagnostic.of(Code.W0507, pass.source, b.span(), "a column of " + args.size() + " vectors of"
                        + " lengths " + lengths.stream().map(Dim::toString).collect(java.util.stream.Collectors.joining(", "))
                        + " is read as the block vector, the cells one after another, [" + total + "]")
                .caret("concatenated: [" + total + "]")
                .help("write `[a; b]` to say so")
                .build());
        return new Shape(List.of(total));
    }

    private void warnColumnOfTensors(Term.BuiltinCall b, List<Shape> args) {
        String text = pass.source.slice(b.span()).strip();
        if (args.size() < 2 || !text.matches("(?s)\\\\begin\\{(p|b)?matrix\\}.*") || text.contains("&")
                || !text.contains("\\\\")) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).rank() < 2 || !(b.args().get(i) instanceof Term.InsertAxis)) {
                return;
            }
        }
        Diagnostic.of(Code.W0492, pass.source, b.span(), "a column whose " + args.size() + " cells are each a tensor"
                        + " is read as the cells stacked along a new last axis (" + args.get(0).rank() + " axes, the last of "
                        + args.size() + "), entry by entry as for a batch, not as the block vector of the cells one after"
                        + " another")
                .caret("stacked, not concatenated")
                .help("for the block vector (the cells one after another), write `[a; b]`")
                .report(pass.diagnostics);
    }

    /**
     * Element-wise broadcasting of two operands. NumPy's rule (trailing axes align) comes first; when it
     * fails and the lower-rank operand's axes equal exactly one run of the other's leading or middle axes
     * (a per-channel {@code [N, C]} statistic beside an {@code [N, C, H, W]} batch, a {@code [W, H]} mask over
     * {@code [W, H, C]}), that alignment is the only one the shapes allow: it is read so, said with W0102, and
     * the operand is recorded to get trailing size-1 axes (the program is rewritten and checked again).
     */
    Shape broadcastOperands(Term lt, Shape a, Term rt, Shape b, Span opSpan, Span whole, String op, String verb) {
        if (a != null && b != null) {
            warnSquareBroadcast(lt, a, rt, b, opSpan, op, verb);
        }
        if (a != null && b != null && !trailingFits(a, b)) {
            Shape aligned = alignedRun(lt, a, rt, b, opSpan);
            if (aligned != null) {
                return aligned;
            }
        }
        return broadcast(a, b, opSpan, whole, op, verb);
    }

    /**
     * {@code K - K\mathbf{1}_N}, {@code S + b} with {@code K}, {@code S} square ({@code [N, N]}) and the other operand a
     * vector of the same size: broadcasting aligns the vector with the last axis (it is added to every row), but a
     * square matrix would take it down every column just as well, and a matrix-vector product like {@code K v} is a
     * column in the paper's algebra. The rows are the reading (NumPy's); W0423 says so and how to write the other.
     */
    private void warnSquareBroadcast(Term lt, Shape a, Term rt, Shape b, Span opSpan, String op, String verb) {
        boolean leftVector = a.rank() == 1 && b.rank() >= 2;
        if (!leftVector && !(b.rank() == 1 && a.rank() >= 2)) {
            return;
        }
        Shape vector = leftVector ? a : b;
        Shape matrix = leftVector ? b : a;
        Dim n = resolved(vector.dims().get(0));
        Dim last = resolved(matrix.fromEnd(1));
        Dim before = resolved(matrix.fromEnd(2));
        if (Unifier.isOne(n) || Unifier.hasFlexible(n) || Unifier.hasFlexible(last) || Unifier.hasFlexible(before)
                || !pass.unifier.same(n, last) || !pass.unifier.same(n, before)) {
            return;
        }
        Term v = leftVector ? lt : rt;
        Term m = leftVector ? rt : lt;
        String vText = pass.source.slice(v.span()).strip();
        String mText = pass.source.slice(m.span()).strip();
        String doing = verb.endsWith(" element-wise") ? verb.substring(0, verb.length() - " element-wise".length())
                + " them element-wise" : verb + " them";
        Diagnostic.Builder warning = Diagnostic.of(Code.W0423, pass.source, opSpan, "`" + vText + "` "
                        + resolved(vector) + " and `" + mText + "` " + resolved(matrix) + ": to " + doing + ", the"
                        + " vector goes along the last axis, one value per column, the same for every row; the matrix"
                        + " is square, so it could as well go down the columns")
                .caret("along each row");
        if (readsOnes(v)) {
            warning.note("`\\mathbf{1}_n` is the ones vector; if it is the n×n matrix whose every entry is 1/n (the"
                    + " centring of kernel PCA), define it so: `\\mathbf{1}_N = \\frac{1}{N}\\mathbf{1}\\mathbf{1}^\\top`");
        }
        warning
                .help("to go along each row, write it as a row: `\\mathbf{1} (" + vText + ")^\\top`; down each"
                        + " column: `(" + vText + ") \\mathbf{1}^\\top`; or write the definition element by element,"
                        + " like `A_{ij} = K_{ij} " + ("⊙".equals(op) ? "\\odot" : op) + " v_i` for down each column")
                .report(pass.diagnostics);
    }

    /** Whether {@code t} reads the ones vector {@code \mathbf{1}_n}. */
    private static boolean readsOnes(Term t) {
        if (t instanceof Term.Stack st && st.vars().size() == 1
                && st.vars().get(0).name().equals(dev.eqc.compiler.term.IndexVar.ONES)) {
            return true;
        }
        return t.children().stream().anyMatch(TermShapes::readsOnes);
    }

    /**
     * {@code |y - X\beta|^2 + \lambda_2 |\beta|^2 + \lambda_1 |\beta|_1}: bars around a vector are its absolute
     * values element by element, or its norm. In a sum whose terms cannot be added element-wise ({@code [n] + [p]}),
     * or beside a term that is a norm written as one ({@code |\beta|_1}, {@code \|w\|}), the sum is a number (a
     * loss, a penalty) and the bars are norms: read so when every term becomes a number that way (W0102 at each bar),
     * and the program is rewritten with Euclidean norms. Null when the sum is not of that form.
     */
    private Shape barsAsNorms(Term.Arith a, Shape left, Shape right) {
        boolean clash = !trailingFits(left, right);
        boolean besideNorm = left.isScalar() && hasNorm(a.left()) || right.isScalar() && hasNorm(a.right());
        if (!clash && !besideNorm || left.isScalar() && right.isScalar()) {
            return null;
        }
        List<Term.BuiltinCall> bars = new ArrayList<>();
        if (!scalarWithNorms(a.left(), bars) || !scalarWithNorms(a.right(), bars) || bars.isEmpty()) {
            return null;
        }
        String why = clash ? "the terms of the sum are " + resolved(left) + " and " + resolved(right)
                + ", which cannot be added element by element, so the sum is a number"
                : "it is added to a norm, so the sum is a number";
        barsAsNorms(bars, why);
        return Shape.SCALAR;
    }

    /** Rewrites each bar around a vector as its Euclidean norm, with W0102 giving {@code why}. */
    private void barsAsNorms(List<Term.BuiltinCall> bars, String why) {
        for (Term.BuiltinCall bar : bars) {
            Shape arg = pass.shapes.get(bar.args().get(0));
            pass.rewrites.put(bar, t -> t instanceof Term.BuiltinCall b
                    ? new Term.BuiltinCall(b.span(), Builtin.NORM2, b.args()) : t);
            String text = pass.source.slice(bar.span()).trim();
            pass.readings.add(Diagnostic.of(Code.W0102, pass.source, bar.span(), "`" + text + "` of a vector "
                            + resolved(arg) + " is read as its Euclidean norm, not its absolute values: " + why)
                    .caret("the norm: " + resolved(arg) + " → a number")
                    .help("write `\\|" + text.substring(1, text.length() - 1).trim() + "\\|` to say so and silence this"
                            + " warning")
                    .build());
        }
    }

    /**
     * {@code \frac{\vec{w} \cdot \vec{x}}{|\vec{w}||\vec{x}|}} (cosine normalisation as printed): a number made from
     * vectors (a dot product) over bars around vectors. Element-wise absolute values would spread the number over a
     * vector; the bars are the vectors' lengths, as in every cosine written so. Read so when the denominator becomes
     * a number that way (W0102 at each bar), the program rewritten with Euclidean norms. Null when the division is
     * not of that form ({@code \frac{1}{|x|}}, a numerator that reads no vector, stays element-wise).
     */
    private Shape barsUnderNumberOfVectors(Term.Arith a, Shape left, Shape right) {
        if (!left.isScalar() || right.isScalar() || !readsVector(a.left())) {
            return null;
        }
        List<Term.BuiltinCall> bars = new ArrayList<>();
        if (!scalarWithNorms(a.right(), bars) || bars.isEmpty()) {
            return null;
        }
        barsAsNorms(bars, "it divides a number made from vectors (a dot product, as in a cosine), so the quotient"
                + " is a number");
        return Shape.SCALAR;
    }

    /** Whether a sub-term of {@code t} is a vector or larger (a number computed from vectors). */
    private boolean readsVector(Term t) {
        for (Term k : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            Shape s = pass.shapes.get(k);
            if (s != null && s.rank() >= 1) {
                return true;
            }
        }
        return false;
    }

    private boolean hasNorm(Term t) {
        for (Term k : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (k instanceof Term.BuiltinCall b && (b.builtin() == Builtin.NORM1 || b.builtin() == Builtin.NORM2)) {
                Shape arg = pass.shapes.get(b.args().get(0));
                if (arg != null && arg.rank() >= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Rezende &amp; Mohamed's radial flow, {@code r = |\mathbf{z} - \mathbf{z}_0|}: a plain (not bold) name defined
     * as the bars around a difference of two vectors is the distance between them, the Euclidean norm, not the
     * element-wise absolute values (W0473; a vector of them was silent). A bold or declared name keeps the
     * element-wise reading.
     */
    private boolean distanceBars(Term.BuiltinCall b, Shape arg) {
        if (owner == null || owner.body() != b || owner.function() || arg.rank() != 1
                || !(b.args().get(0) instanceof Term.Arith d) || d.op() != Term.ArithOp.SUB
                || pass.program().outputDeclarations().get(owner) != null) {
            return false;
        }
        if (usedAsVector(owner)) {
            return false; // e = |y - \hat{y}| then \sum_i e_i or \mathrm{mean}(e): the absolute errors
        }
        String text = pass.source.slice(b.span()).trim();
        String name = owner.latexName();
        if (!(text.startsWith("|") || text.startsWith("\\left|") || text.startsWith("\\lvert"))
                || name.contains("\\mathbf") || name.contains("\\boldsymbol") || name.contains("\\bm")
                || name.contains("\\vec")) {
            return false;
        }
        pass.rewrites.put(b, t -> t instanceof Term.BuiltinCall c
                ? new Term.BuiltinCall(c.span(), Builtin.NORM2, c.args()) : t);
        String inner = pass.source.slice(b.args().get(0).span()).trim();
        String lhs = owner.span().start() < b.span().start()
                ? pass.source.slice(new Span(owner.span().start(), b.span().start())).strip() : "";
        String written = lhs.endsWith("=") && !lhs.contains("\n") ? lhs + " " + text : name + " = " + text;
        pass.readings.add(Diagnostic.of(Code.W0473, pass.source, b.span(), "`" + written + "` is read as the"
                        + " distance between two vectors " + resolved(arg) + ", the Euclidean norm of their difference,"
                        + " not its element-wise absolute values")
                .caret("the norm: " + resolved(arg) + " → a number")
                .help("write `\\|" + inner + "\\|` to say so and silence this warning; for the absolute values declare `"
                        + name + "` as a vector or write `\\mathrm{abs}(" + inner + ")`")
                .build());
        return true;
    }

    /** Whether some definition reads {@code d}'s value by index, along an axis or through a reduction of a vector. */
    private boolean usedAsVector(Definition d) {
        java.util.Set<Builtin> reductions = java.util.EnumSet.of(Builtin.SUM, Builtin.MEAN, Builtin.VAR, Builtin.STD,
                Builtin.MAX_LAST, Builtin.ARGMAX, Builtin.ARGMIN, Builtin.LOGSUMEXP, Builtin.SOFTMAX,
                Builtin.LOG_SOFTMAX, Builtin.NORM1, Builtin.NORM2, Builtin.NORM_INF, Builtin.CUMSUM);
        for (Definition other : pass.program().definitions()) {
            for (Term t : dev.eqc.compiler.term.TermTrees.preorder(other.body())) {
                // an element d_{ij} of d_{ij} = |x_i - x_j| is one distance; one more index reads into the value
                boolean vectorUse = t instanceof Term.Index ix && ix.indices().size() > d.indices().size()
                        || t instanceof Term.AlongAxis || t instanceof Term.Transpose
                        || t instanceof Term.BuiltinCall c && reductions.contains(c.builtin());
                if (!vectorUse) {
                    continue;
                }
                for (Term k : t.children()) {
                    if (k instanceof Term.ValueRef v && v.definition() == d) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Peyr&eacute; &amp; Cuturi's {@code \langle \mathbf{P}, \mathbf{C} \rangle} of a coupling and a cost matrix of the
     * same shape: the Frobenius inner product, the sum over every entry of the element-wise product, a number
     * (W0474). The row-by-row reading (a vector of the rows' inner products) was silent; rows are written as such
     * ({@code \langle Q_i, K_j \rangle}) and keep it.
     */
    private boolean frobeniusBrackets(Term.BuiltinCall b, Shape arg) {
        String text = pass.source.slice(b.span()).trim();
        if (!text.startsWith("\\langle") || arg.rank() != 2 || b.args().size() != 1
                || !(b.args().get(0) instanceof Term.Arith m) || m.op() != Term.ArithOp.MUL) {
            return false;
        }
        Shape l = pass.shapes.get(m.left());
        Shape r = pass.shapes.get(m.right());
        if (l == null || r == null || l.rank() != 2 || r.rank() != 2) {
            return false;
        }
        Span s = b.span();
        pass.rewrites.put(b, t -> t instanceof Term.BuiltinCall c ? new Term.BuiltinCall(c.span(), Builtin.SUM,
                List.of(new Term.BuiltinCall(new Span(s.start() + 1, s.end()), Builtin.SUM, c.args()))) : t);
        String after = pass.source.text().substring(b.span().end(), Math.min(pass.source.text().length(),
                b.span().end() + 16)).replaceAll("[{}\\s]|\\\\mathrm|\\\\text|\\\\rm", "");
        if (after.startsWith("_F")) {
            return true; // \langle W, X \rangle_F says so
        }
        pass.readings.add(Diagnostic.of(Code.W0474, pass.source, b.span(), "`" + text + "` of two matrices "
                        + resolved(l) + " is read as the Frobenius inner product, the sum of every entry of their"
                        + " element-wise product (a number), not the inner products of their rows")
                .caret("Frobenius: " + resolved(l) + " → a number")
                .help("write `\\sum_{i,j}` of the entries' products to say so and silence this warning; for the rows'"
                        + " inner products write them by row, like `\\langle P_i, C_i \\rangle`")
                .build());
        return true;
    }

    /** Whether {@code t} is a number once its bars around vectors (added to {@code bars}) are norms. */
    private boolean scalarWithNorms(Term t, List<Term.BuiltinCall> bars) {
        Shape s = pass.shapes.get(t);
        if (s != null && s.isScalar()) {
            return true;
        }
        if (t instanceof Term.BuiltinCall b && b.builtin() == Builtin.ABS && b.args().size() == 1) {
            String text = pass.source.slice(b.span()).trim();
            Shape arg = pass.shapes.get(b.args().get(0));
            boolean barred = text.startsWith("|") || text.startsWith("\\left|") || text.startsWith("\\lvert");
            if (barred && arg != null && arg.rank() == 1) {
                bars.add(b);
                return true;
            }
            return false;
        }
        if (t instanceof Term.Power p) {
            Shape e = pass.shapes.get(p.exponent());
            return e != null && e.isScalar() && scalarWithNorms(p.base(), bars);
        }
        if (t instanceof Term.Negate n) {
            return scalarWithNorms(n.operand(), bars);
        }
        if (t instanceof Term.Product p) {
            return scalarWithNorms(p.left(), bars) && scalarWithNorms(p.right(), bars);
        }
        if (t instanceof Term.Arith a) {
            return scalarWithNorms(a.left(), bars) && scalarWithNorms(a.right(), bars);
        }
        return false;
    }

    /** Whether NumPy's trailing alignment can hold (no two rigid sizes conflict). */
    boolean trailingFits(Shape a, Shape b) {
        for (int i = 1; i <= Math.min(a.rank(), b.rank()); i++) {
            Dim x = resolved(a.fromEnd(i));
            Dim y = resolved(b.fromEnd(i));
            if (Unifier.isOne(x) || Unifier.isOne(y) || pass.unifier.same(x, y)
                    || Unifier.hasFlexible(x) || Unifier.hasFlexible(y)) {
                continue;
            }
            return false;
        }
        return true;
    }

    Shape alignedRun(Term lt, Shape a, Term rt, Shape b, Span opSpan) {
        boolean leftSmall = a.rank() < b.rank();
        Shape small = resolved(leftSmall ? a : b);
        Shape big = resolved(leftSmall ? b : a);
        Term smallTerm = leftSmall ? lt : rt;
        if (small.rank() == 0 || small.rank() >= big.rank() || smallTerm == null) {
            return null;
        }
        int found = -1;
        for (int k = 0; k + small.rank() < big.rank(); k++) {
            boolean all = true;
            for (int i = 0; i < small.rank() && all; i++) {
                Dim x = small.dim(i);
                all = !Unifier.isOne(x) && !Unifier.hasFlexible(x) && !(x instanceof Dim.Known)
                        && pass.unifier.same(x, big.dim(k + i));
            }
            if (all) {
                if (found >= 0) {
                    return null;   // two runs fit: which axes are meant is not told
                }
                found = k;
            }
        }
        if (found < 0) {
            return null;
        }
        if (big.rank() >= 3 && !lastAxisStatistics.isEmpty()) {
            // PyTorch's BatchNorm2d, InstanceNorm2d and GroupNorm print the same line, (x - E[x]) / \sqrt{Var[x] +
            // \epsilon} * \gamma + \beta over an N x C x H x W input with \gamma per channel: the statistics are
            // per channel over (N, H, W), or over (H, W), or over groups, never the last axis alone; the line does
            // not say which.
            Term.AlongAxis first = lastAxisStatistics.get(0);
            String stat = pass.source.slice(first.span()).trim();
            String name = pass.source.slice(smallTerm.span()).trim();
            Diagnostic.of(Code.E0353, pass.source, first.span(), "`" + stat + "` of the " + big + " tensor does not say"
                            + " its axes, and `" + name + "` " + small + " goes with axis " + found + " of it: per-"
                            + small + " statistics run over the other axes (batch norm), over the axes after it"
                            + " (instance norm), or over groups (group norm), not over the last axis alone")
                    .caret("axes not written")
                    .label(smallTerm.span(), "aligned with axis " + found)
                    .help("write the statistics by index, like `\\mu_c = \\frac{1}{NHW} \\sum_{n,h,w} x_{nchw}` and"
                            + " `y_{nchw} = \\frac{x_{nchw} - \\mu_c}{\\sqrt{\\sigma^2_c + \\epsilon}} \\gamma_c"
                            + " + \\beta_c`")
                    .report(pass.diagnostics);
            lastAxisStatistics.clear();   // once per line
            return big;   // reported: the line's shape as printed, so nothing further fails on it
        }
        int pad = big.rank() - small.rank() - found;
        pass.rewrites.put(smallTerm, t -> {
            Term wrapped = t;
            for (int i = 0; i < pad; i++) {
                wrapped = new Term.InsertAxis(t.span(), wrapped, -1);
            }
            return wrapped;
        });
        String name = pass.source.slice(smallTerm.span()).trim();
        String other = pass.source.slice((leftSmall ? rt : lt).span()).trim();
        List<String> axes = new ArrayList<>();
        for (int i = found; i < found + small.rank(); i++) {
            axes.add(String.valueOf(i));
        }
        List<Dim> rest = big.dims().subList(found + small.rank(), big.rank());
        pass.readings.add(Diagnostic.of(Code.W0102, pass.source, opSpan, "`" + name + "` " + small + " beside `" + other
                        + "` " + big + " is read with its axes as axis " + String.join(", ", axes) + " of " + big
                        + ", the same value for every position along " + rest
                        + " (the last axes do not match, so NumPy's trailing alignment does not apply)")
                .caret(small + " aligned with axes " + String.join(", ", axes) + " of " + big)
                .help("write the indices to say which axes match, like `y_{nchw} = s_{nc} x_{nchw}`")
                .build());
        return big;
    }

    /** NumPy broadcasting of core shapes (SPEC 3.1); dimensions that differ must unify. */
    Shape broadcast(Shape a, Shape b, Span opSpan, Span whole, String op, String verb) {
        if (a == null || b == null) {
            return null;
        }
        int rank = Math.max(a.rank(), b.rank());
        List<Dim> dims = new ArrayList<>();
        for (int i = rank; i >= 1; i--) {
            Dim x = i <= a.rank() ? a.fromEnd(i) : null;
            Dim y = i <= b.rank() ? b.fromEnd(i) : null;
            if (x == null || y != null && Unifier.isOne(pass.unifier.resolve(x))) {
                dims.add(y);
            } else if (y == null || Unifier.isOne(pass.unifier.resolve(y))) {
                dims.add(x);
            } else if (pass.unifier.unify(x, y)) {
                dims.add(x);
            } else {
                error(Code.E0302, opSpan, "cannot " + verb + " " + resolved(a) + " and " + resolved(b) + ": dimensions "
                                + resolved(x) + " and " + resolved(y) + " differ",
                        null, resolved(a) + " " + op + " " + resolved(b));
                return null;
            }
        }
        return new Shape(dims);
    }

    boolean unifyShapes(Shape a, Shape b) {
        if (a.rank() != b.rank()) {
            return false;
        }
        for (int i = 0; i < a.rank(); i++) {
            if (!pass.unifier.unify(a.dim(i), b.dim(i))) {
                return false;
            }
        }
        return true;
    }

    Shape resolved(Shape s) {
        return pass.unifier.resolve(s);
    }

    Dim resolved(Dim d) {
        return pass.unifier.resolve(d);
    }

    void error(Code code, Span span, String message, String help, String caret) {
        Diagnostic.of(code, pass.source, span, message).caret(caret == null ? "" : caret).help(help)
                .report(pass.diagnostics);
    }

    /** Whether {@code t} reads the index {@code v} (a free use: a term over it or its value). */
    static boolean mentions(Term t, IndexVar v) {
        if (t instanceof Term.IndexValue iv && iv.var() == v || t instanceof Term.Index ix && ix.indices().contains(v)) {
            return true;
        }
        return t.children().stream().anyMatch(k -> mentions(k, v));
    }
}
