package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names in a body (SPEC 2.3): what a name is bound to here ({@link #find}), and what a written
 * name means, which may be more than a lookup: an index variable used as a number, an indexed
 * tensor ({@code W_{ij}}), a transpose or power in its superscript, a run of letters that is a
 * product ({@code QK^T}), a Kronecker delta, Euler's number, or an undeclared input.
 */
final class NameResolver {
    /** Greek letters whose capital papers use for the matrix of their rows: the design matrix {@code \Phi}. */
    private static final java.util.Map<String, String> FEATURE_LETTERS = java.util.Map.of("\\phi", "\\Phi",
            "\\varphi", "\\Phi", "\\psi", "\\Psi");
    private static final Set<String> NOT_VALUES = Set.of("\\nabla", "\\partial", "\\dots", "\\ldots", "\\cdots",
            "\\vdots", "\\ddots", "\\mid", "\\emptyset");

    private final BodyResolver body;
    private final FileScope file;
    private final BodyScope scope;

    NameResolver(BodyResolver body) {
        this.body = body;
        this.file = body.file;
        this.scope = body.scope;
    }

    /** What {@code key} is bound to in this body: a parameter, a definition, an input or a dimension; null if nothing. */
    Binding find(String key) {
        Binding.ParamName param = scope.param(key);
        if (param != null) {
            return param;
        }
        PendingDefinition other = file.definition(key);
        if (other != null) {
            return new Binding.DefinitionName(other);
        }
        Input in = file.input(key);
        if (in != null) {
            return new Binding.InputName(in);
        }
        Optional<dev.eqc.compiler.term.Dim> value = file.dimensionValue(key);
        if (value.isPresent()) {
            return new Binding.DefinedDimension(value.get());
        }
        return file.isDimension(key) ? new Binding.DimensionName(key) : null;
    }

    boolean isBound(String key) {
        return find(key) != null;
    }

    /** The term a bound name stands for at {@code at}, or null when nothing binds it. Reports recursion. */
    Term lookup(String key, Span at) {
        Binding b = find(key);
        if (b == null) {
            return null;
        }
        if (b instanceof Binding.ParamName p) {
            return new Term.ParamRef(at, p.param(), p.index());
        }
        if (b instanceof Binding.InputName in) {
            return inputRef(at, in.input());
        }
        if (b instanceof Binding.DefinedDimension d) {
            return d.value().asTerm(at);
        }
        if (b instanceof Binding.DimensionName d) {
            return new Term.DimValue(at, d.symbol());
        }
        return definitionRef(((Binding.DefinitionName) b).definition(), key, at);
    }

    /** Another definition used by name: a value, or the old value in an update; a function needs arguments. */
    private Term definitionRef(PendingDefinition other, String key, Span at) {
        PendingDefinition def = body.def;
        if (other == def && def.update() && !def.function()) {
            // θ ← θ − η g: on the right, θ is the value before the update, an input.
            Input old = file.input(key);
            if (old == null) {
                old = file.inferInput(def.nameSym(), key);
            }
            return inputRef(at, old);
        }
        if (other != def && other.update() && !other.function() && def != null
                && other.span().start() > def.span().start() && file.input(key) != null) {
            // Power iteration: v ← Wᵀu/‖Wᵀu‖ then u ← Wv/‖Wv‖. A line before the update of a declared u
            // reads u as it was, the input; lines after it read the new value.
            Diagnostic.of(Code.W0142, file.source, at, "`" + file.source.slice(at) + "` here is its value before the"
                            + " update on line " + file.source.line(other.span().start())
                            + ": the lines are the steps of an algorithm, in order")
                    .caret("the old value, an input")
                    .help("to use the updated value, move this line after the update")
                    .report(file.diagnostics);
            return inputRef(at, file.input(key));
        }
        if (other.function() && other != def && !body.definitions.inProgress(other)) {
            Term implied = impliedCall(other, at);
            if (implied != null) {
                return implied;
            }
        }
        if (other == def || body.definitions.inProgress(other)) {
            java.util.List<PendingDefinition> clash = body.definitions.declaredInProgress();
            if (other != def && !clash.isEmpty()) {
                // p, g \in \mathbb{R}^{N}; TI = … g_i …; \mathcal{L} = 1 - TI; g = \nabla_p \mathcal{L}: the declared g
                // is redefined, so TI reads the new g, which needs TI.
                PendingDefinition g = clash.get(0);
                return body.error(Code.E0105, at, "`" + other.latexName() + "` is defined in terms of itself, through `"
                                + g.latexName() + "`, which the file declares as an input and also defines on line "
                                + file.source.line(g.span().start()) + ": a use of `" + g.latexName()
                                + "` reads that definition",
                        "to keep the declared input, name what line " + file.source.line(g.span().start())
                                + " defines with another letter");
            }
            return body.error(Code.E0105, at, "`" + other.latexName() + "` is defined in terms of itself",
                    "eqc compiles closed-form equations; unroll the recurrence into separate names");
        }
        Resolved resolved = body.definitions.resolve(other);
        if (resolved instanceof Resolved.Folded c) {
            return new Term.ConstRef(at, c.constant());
        }
        if (resolved instanceof Resolved.Generic generic) {
            Definition d = generic.definition();
            return body.error(Code.E0104, at, "`" + d.latexName() + "` is a function of " + d.params().size()
                    + " argument" + (d.params().size() == 1 ? "" : "s"), "call it, like `" + d.latexName() + "(…)`");
        }
        if (resolved instanceof Resolved.Defined defined) {
            Definition d = defined.definition();
            if (d.function()) {
                return body.error(Code.E0104, at, "`" + d.latexName() + "` is a function of " + d.params().size()
                        + " argument" + (d.params().size() == 1 ? "" : "s"), "call it, like `" + d.latexName() + "(…)`");
            }
            scope.useDefinition(d);
            return new Term.ValueRef(at, d);
        }
        return new Term.Literal(at, Double.NaN); // its own errors were reported
    }

    /**
     * {@code D_W} named without arguments where every parameter of {@code D_W(\vec{X}_1, \vec{X}_2)} is also a
     * parameter of the function being defined: papers mean the function at those names
     * (Hadsell et al. write {@code L(W, Y, \vec{X}_1, \vec{X}_2) = … (D_W)^2}). Said with W0160; null when a
     * parameter is not in scope (then the name alone is E0104).
     */
    private Term impliedCall(PendingDefinition other, Span at) {
        if (other.params().isEmpty() || other.nameSym() == null || !other.indexLetters().isEmpty()) {
            return null;
        }
        List<Expr> args = new ArrayList<>();
        for (Expr.Sym p : other.params()) {
            String key = NameKeys.full(p);
            if (scope.param(key) == null) {
                return null;
            }
            args.add(p.withScripts(at, p.sub(), p.sup(), p.primes()));
        }
        String list = other.params().stream().map(p -> file.source.slice(p.span()))
                .collect(java.util.stream.Collectors.joining(", "));
        Diagnostic.of(Code.W0160, file.source, at, "`" + file.source.slice(at) + "` is read as `" + other.latexName()
                        + "(" + list + ")`: the function at its parameters' names, which are parameters here too")
                .caret("called with " + list)
                .help("write the arguments, like `" + other.latexName() + "(" + list + ")`, to say so")
                .report(file.diagnostics);
        return body.calls.apply(new Expr.Apply(at, other.nameSym().withScripts(at, other.nameSym().sub(),
                other.nameSym().sup(), other.nameSym().primes()), args, at));
    }

    /** An input used here; it becomes one of the body's free inputs. */
    Term inputRef(Span at, Input in) {
        scope.useInput(in);
        return new Term.InputRef(at, in);
    }

    /** The index variables a subscript names, when every symbol in it is one (SPEC 2.3). */
    List<IndexVar> indicesOf(Expr.Sym s) {
        List<String> letters = IndexLetters.of(s.sub());
        if (letters == null || !scope.hasIndices()) {
            return null;
        }
        List<IndexVar> out = new ArrayList<>();
        for (String letter : letters) {
            IndexVar v = scope.indexVar(letter);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return out;
    }

    /**
     * Jurafsky &amp; Martin's {@code c_{neg_i}} (skip-gram with negative sampling) with {@code c_{neg}} declared and
     * {@code c_{neg_i}} not, {@code i} an index in scope: the index written on the label inside the subscript picks
     * element (row) {@code i} of the labelled name, as {@code (c_{neg})_i} (W0451). Before, {@code c_{neg_i}} was an
     * undeclared input. Null when this is not that.
     */
    private Term labelIndexed(Expr.Sym s) {
        if (s.sup() != null || s.sub() == null || !s.sub().isSingle() || !(s.sub().single() instanceof Expr.Sym inner)
                || inner.sub() == null || inner.sup() != null || inner.accent() != null || inner.primes() != 0
                || file.hasInput(NameKeys.full(s)) || file.isDefinedName(NameKeys.full(s))
                || scope.param(NameKeys.full(s)) != null) {
            return null;
        }
        List<String> letters = IndexLetters.of(inner.sub());
        if (letters == null || letters.isEmpty() || letters.stream().anyMatch(l -> scope.indexVar(l) == null)) {
            return null;
        }
        Expr.Sym label = inner.withScripts(new Span(inner.span().start(), inner.sub().span().start() - 1), null, null, 0);
        Expr.Sym labelled = s.withScripts(new Span(s.span().start(), s.span().end()), new dev.eqc.compiler.ast.Script(
                label.span(), List.of(label), NameKeys.full(label)), null, s.primes());
        String key = NameKeys.full(labelled);
        if (!file.hasInput(key) || file.input(key).dims() == null || file.input(key).dims().size() < letters.size()) {
            return null;
        }
        Diagnostic.of(Code.W0451, file.source, inner.sub().span(), "`" + file.source.slice(s.span()) + "` is read as `("
                        + file.source.slice(new Span(s.span().start(), inner.sub().span().start() - 1)) + "})_{"
                        + String.join("", letters) + "}`: the index on the label picks an element of the declared `"
                        + file.source.slice(new Span(s.span().start(), inner.sub().span().start() - 1)) + "}`")
                .caret("an index of the labelled name")
                .help("declare `" + file.source.slice(s.span()) + "` to make it a name of its own")
                .report(file.diagnostics);
        return body.expr(new Expr.Subscripted(s.span(), labelled, inner.sub()));
    }

    Term sym(Expr.Sym s) {
        Term state = body.scanState(s);
        if (state != null) {
            return state;
        }
        if (s.sup() != null && s.sup().isSingle() && s.sup().single() instanceof Expr.Power pw
                && pw.base() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN
                && NameKeys.TRANSPOSE_MARKS.contains(pw.exponent().key())
                && s.sup().key().endsWith("^" + pw.exponent().key())) {
            // S^{(l)^T} (DiffPool): the transpose of the labelled name S^{(l)}.
            String key = s.sup().key();
            Expr.Sym labelled = s.withScripts(s.span(), s.sub(), new dev.eqc.compiler.ast.Script(g.span(),
                    List.of(g), key.substring(0, key.length() - pw.exponent().key().length() - 1)), s.primes());
            return new Term.Transpose(s.span(), sym(labelled));
        }
        Term labelledTranspose = labelledTranspose(s);
        if (labelledTranspose != null) {
            return labelledTranspose;
        }
        Term labelIndexed = labelIndexed(s);
        if (labelIndexed != null) {
            return labelIndexed;
        }
        boolean onlyPrimes = s.sub() == null && s.sup() == null && s.accent() == null;
        String asIndex = s.base() + "'".repeat(s.primes());
        IndexVar asValue = (s.kind() == SymKind.LETTERS || s.kind() == SymKind.COMMAND) && onlyPrimes
                ? scope.indexVar(asIndex) : null;
        if (asValue != null && !isBound(asIndex)) {
            return new Term.IndexValue(s.span(), asValue);
        }
        if (s.sub() == null && s.sup() != null && s.sup().isSingle() && s.sup().single() instanceof Expr.Group g
                && g.items().size() == 1 && g.items().get(0) instanceof Expr.Sym i && i.bare() && s.labelledBy(i.base())
                && scope.indexVar(i.base()) != null && file.family(NameKeys.full(s)) != null
                && scope.param(NameKeys.full(s)) == null) {
            // x^{(i)} of a family declared `x^{(i)} \in \mathbb{R}^{d}, i = 1, \ldots, m`, with i in scope: member i.
            return new Term.Index(s.span(), inputRef(s.span(), file.family(NameKeys.full(s))),
                    List.of(scope.indexVar(i.base())));
        }
        if (CallResolver.isIndicator(s.withScripts(s.span(), null, s.sup(), 0)) && s.sub() != null
                && s.sub().items().size() == 1 && sizeOf(s.sub()) == null) {
            return body.indicator(s.sub().single(), s.span());
        }
        Term slice = slice(s);
        if (slice != null) {
            return slice;
        }
        Term statistic = sliceStatistic(s);
        if (statistic != null) {
            return statistic;
        }
        Term shifted = body.subscripts.offsetRead(s);
        if (shifted != null) {
            return shifted;
        }
        Term longer = body.subscripts.longerRead(s);
        if (longer != null) {
            return longer;
        }
        Term example = example(s);
        if (example != null) {
            return example;
        }
        Term layerExample = layerExample(s);
        if (layerExample != null) {
            return layerExample;
        }
        Term delta = deltaOfInteger(s);
        if (delta != null) {
            return delta;
        }
        if (s.sub() != null && (s.sup() == null || declaredWithLabel(s)) && labelElements(s.sub()) != null
                && selectsByLabels(s)) {
            // p_{i, y_i}, \alpha_{y_i}: select by class labels (docs/LANGUAGE.md, Vocabulary); DeepSeek-V3's
            // P^k_{i, t_i} with P^k declared keeps its label.
            Expr.Sym base = s.sup() != null ? s.withScripts(s.span(), null, s.sup(), s.primes())
                    : s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
            if (s.sub().items().size() == 2 && (s.kind() == SymKind.COMMAND && s.base().equals("\\delta")
                    || s.kind() == SymKind.LETTERS && s.base().equals("I")) && !isBound(NameKeys.full(base))) {
                // \delta_{y_i, r}: 1 where the label is the class r, compared by position.
                Term left = body.expr(s.sub().items().get(0));
                Term right = body.expr(s.sub().items().get(1));
                return new Term.Compare(s.span(), Term.CompareOp.EQ, BodyResolver.asPosition(left, right),
                        BodyResolver.asPosition(right, left));
            }
            Term baseTerm = lookup(NameKeys.full(base), base.span());
            if (baseTerm == null) {
                baseTerm = inputRef(base.span(), file.inferInput(base, NameKeys.full(base)));
            }
            return gather(new Span(s.span().start(), s.sub().span().end()), baseTerm, s.sub());
        }
        Term stepped = stepElement(s);
        if (stepped != null) {
            return stepped;
        }
        List<IndexVar> indices = indicesOf(s);
        Term subscripted = body.subscripts.member(s, indices);
        subscripted = subscripted != null ? subscripted : body.subscripts.stridedRead(s);
        if (subscripted != null) {
            return subscripted;
        }
        if (indices != null && indices.size() == 2 && s.sup() == null && (s.kind() == SymKind.COMMAND
                && s.base().equals("\\delta") && !isBound("\\delta")
                || s.kind() == SymKind.LETTERS && s.base().equals("I") && !isBound("I"))) {
            // Kronecker delta: 1 where the two indices are equal.
            return new Term.Compare(s.span(), Term.CompareOp.EQ, new Term.IndexValue(s.span(), indices.get(0)),
                    new Term.IndexValue(s.span(), indices.get(1)));
        }
        Term sequence = sequenceElement(s, indices);
        if (sequence != null) {
            return sequence;
        }
        if (indices != null && !isBound(NameKeys.withSub(s)) && !isBound(NameKeys.full(s))) {
            return indexed(s, indices);
        }
        Binding own = find(NameKeys.full(s));
        if (own == null || own instanceof Binding.InputName in && !in.input().declared()) {
            Term element = numberedElement(s);
            if (element != null) {
                return element;
            }
            Term last = elementAtSize(s);
            if (last != null) {
                return last;
            }
            Term picked = elementAtArgMax(s);
            if (picked != null) {
                return picked;
            }
        }
        Term number = numberPi(s);
        if (number != null) {
            return number;
        }
        Term named = lookup(NameKeys.full(s), s.span());
        if (named != null) {
            return named;
        }
        Term root = rootOfSquare(s);
        if (root != null) {
            return root;
        }
        Term inverse = inverseOfInverse(s);
        if (inverse != null) {
            return inverse;
        }
        if (isSplittableRun(s) && s.bare() && file.isWordRun(s.base())) {
            Diagnostic.of(Code.W0466, file.source, s.span(), "`" + s.base() + "` is read as one name, not the product of"
                            + " its letters: none of them is written alone in the file, and the run is written again or"
                            + " shares letters with another such run")
                    .caret("one name")
                    .help("declare it (`" + s.base() + " \\in \\mathbb{R}`) to say so; for the product, space the"
                            + " letters (`" + String.join(" ", s.base().split("")) + "`) and declare them")
                    .report(file.diagnostics);
            return unboundName(s);
        }
        if (isSplittableRun(s)) {
            return splitRun(s);
        }
        if (s.sup() != null && (s.sup().key().equals("+") || s.sup().key().equals("-") || s.sup().key().equals("*"))) {
            // m^{+}, \theta^*, \theta^{-}: a mark that is part of the name.
            return unboundName(s);
        }
        if (s.sup() != null && isLabel(s.sup()) && !eulerOfValue(s)) {
            // W^{(l)}, \pi^{\text{old}}, x^{a}: a label, part of the name (docs/LANGUAGE.md, Names).
            return unboundName(s);
        }
        if (s.sup() != null) {
            return superscripted(s);
        }
        return unboundName(s);
    }

    /**
     * {@code \\hat{A}_t} declared in {@code \\mathbb{R}^{T}} and read where {@code t} is an index in scope (TRPO's
     * {@code \\hat{\\mathbb{E}}_t[\\ldots \\hat{A}_t]}): the declaration names the sequence by its element, over
     * the capital of its letter, so the read is element {@code t} (W0257), not the whole sequence at every step.
     * Likewise the keys of Nadaraya-Watson regression, {@code x_i, y_i \in \mathbb{R}^{n}} read inside
     * {@code \sum_{i=1}^{n}}: the first axis is the size the index runs to. Null unless the subscript is one index
     * letter and the declared name's first axis is that letter's capital or the size its range is written to.
     */
    private Term sequenceElement(Expr.Sym s, List<IndexVar> indices) {
        if (indices != null && s.sup() != null && s.sub() != null && !isLabel(s.sup()) && !isBound(NameKeys.full(s))) {
            // x_j^2, \\hat{A}_t^\\top: the element, then its power or transpose
            Term element = sequenceElement(s.withScripts(new Span(s.span().start(), s.sup().span().start() - 1), s.sub(),
                    null, s.primes()), indices);
            if (element == null) {
                return null;
            }
            return NameKeys.isTranspose(s) ? new Term.Transpose(s.span(), element)
                    : new Term.Power(s.span(), element, body.script(s.sup()));
        }
        if (indices != null && indices.size() > 1 && s.sup() == null) {
            return gridElement(s, indices);
        }
        if (indices == null || indices.size() != 1 || s.sup() != null || !(s.sub().single() instanceof Expr.Sym letter)
                || !letter.bare() || letter.base().length() != 1) {
            return null;
        }
        if (!isBound(NameKeys.full(s))) {
            return siblingElement(s, letter, indices);
        }
        Input in = file.input(NameKeys.full(s));
        if (in == null || !in.declared() || in.dims() == null || in.dims().isEmpty() || in.labels() != null
                || !(in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol size)
                || !(size.name().equals(letter.base().toUpperCase(java.util.Locale.ROOT))
                        || size.name().equals(limitSymbol(indices.get(0)))
                        || size.name().equals(siblingRowCount(s, letter.base())))
                || size.name().equals(letter.base())) {
            return null;
        }
        String name = file.source.slice(s.span());
        Diagnostic.of(Code.W0257, file.source, s.span(), "`" + name + "` is declared with " + size.name()
                        + " values, one per `" + letter.base() + "`: read here, inside the range of `" + letter.base()
                        + "`, as its element `" + letter.base() + "`, not the whole sequence at every step")
                .caret("element " + letter.base() + " of the declared " + in.dims())
                .help("declare the sequence by its name alone, like `" + file.source.slice(new Span(s.span().start(),
                        s.sub().span().start() - 1)) + " \\in \\mathbb{R}^{" + size.name() + "}`, to say so")
                .report(file.diagnostics);
        return new Term.Index(s.span(), inputRef(s.span(), in), indices);
    }

    /**
     * TRL's GRPO loss {@code \\sum_{i=1}^G \\sum_{t=1}^{|o_i|} … \\hat{A}_{i,t}} with {@code \\hat{A}_{i,t} \\in
     * \\mathbb{R}^{G \\times T}} declared: as {@link #sequenceElement} for one index, a name declared by its element
     * under several indices in scope, each axis the capital of its letter or the size its range is written to, is
     * read as that element (W0257). It was the whole matrix at every term, a sum of copies, silently. Null otherwise.
     */
    private Term gridElement(Expr.Sym s, List<IndexVar> indices) {
        List<String> letters = IndexLetters.of(s.sub());
        if (!isBound(NameKeys.full(s)) || letters == null || letters.size() != indices.size()) {
            return null;
        }
        Input in = file.input(NameKeys.full(s));
        if (in == null || !in.declared() || in.dims() == null || in.dims().size() != indices.size() || in.labels() != null) {
            return null;
        }
        List<String> sizes = new ArrayList<>();
        for (int k = 0; k < indices.size(); k++) {
            String letter = letters.get(k);
            if (letter.length() != 1 || !(in.dims().get(k) instanceof dev.eqc.compiler.term.Dim.Symbol size)
                    || size.name().equals(letter)
                    || !(size.name().equals(letter.toUpperCase(java.util.Locale.ROOT))
                            || size.name().equals(limitSymbol(indices.get(k))))) {
                return null;
            }
            sizes.add(size.name());
        }
        String name = file.source.slice(s.span());
        String at = String.join(", ", letters);
        Diagnostic.of(Code.W0257, file.source, s.span(), "`" + name + "` is declared with " + String.join(" \\times ", sizes)
                        + " values, one per `" + at + "`: read here, inside the ranges of `" + at + "`, as its element `"
                        + at + "`, not the whole " + (sizes.size() == 2 ? "matrix" : "tensor") + " at every term")
                .caret("element " + at + " of the declared " + in.dims())
                .help("declare it by its name alone, like `" + file.source.slice(new Span(s.span().start(),
                        s.sub().span().start() - 1)) + " \\in \\mathbb{R}^{" + String.join(" \\times ", sizes)
                        + "}`, to say so")
                .report(file.diagnostics);
        return new Term.Index(s.span(), inputRef(s.span(), in), indices);
    }

    /**
     * Whether the definition being read has the declared vector {@code key}, whole, in a product with something other
     * than a number ({@code \mathbf{w}^{\mathrm{T}}\mathbf{x}}, {@code X_i w}, {@code w \cdot x}).
     */
    private boolean wholeInProduct(String key) {
        if (body.def == null || body.def.rhs() == null) {
            return false;
        }
        for (Expr e : IndexLetters.nodes(body.def.rhs(), false)) {
            if (e instanceof Expr.Binary bin && (bin.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                    || bin.op() == dev.eqc.compiler.ast.BinaryOp.DOT)
                    && (whole(bin.left(), key) && !(bin.right() instanceof Expr.Num)
                            || whole(bin.right(), key) && !(bin.left() instanceof Expr.Num))) {
                return true;
            }
        }
        return false;
    }

    /**
     * ESL's {@code \sum_{i=1}^N (y_i - \beta_0 - \sum_{j=1}^p x_{ij}\beta_j)^2} with {@code \beta \in
     * \mathbb{R}^{p}}: the definition also sums {@code \beta_j} from 1 to the vector's declared length, so every entry
     * is in that sum, counted from 1, and {@code \beta_0} cannot be one of them (it was the first entry, counted twice).
     */
    private boolean summedFromOne(Expr.Sym base, Input vector) {
        if (body.def == null || body.def.rhs() == null || vector.dims() == null || vector.dims().size() != 1
                || !(vector.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol size)) {
            return false;
        }
        String key = NameKeys.full(base);
        for (Expr e : IndexLetters.nodes(body.def.rhs(), false)) {
            if (!(e instanceof Expr.BigOp big) || big.operator().sub() == null || big.operator().sup() == null
                    || !big.operator().sup().key().equals(size.name()) || !big.operator().sub().isSingle()
                    || !(big.operator().sub().single() instanceof Expr.Relation rel)
                    || rel.op() != dev.eqc.compiler.ast.RelOp.EQ || !(rel.left() instanceof Expr.Sym v) || !v.bare()
                    || !(rel.right() instanceof Expr.Num one) || !one.text().equals("1")) {
                continue;
            }
            for (Expr x : IndexLetters.nodes(big.body(), false)) {
                if (x instanceof Expr.Sym read && read.sub() != null && read.sub().isSingle()
                        && read.sub().single() instanceof Expr.Sym l && l.bare() && l.base().equals(v.base())
                        && NameKeys.full(read.withScripts(read.span(), null, null, read.primes())).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean whole(Expr e, String key) {
        return e instanceof Expr.Sym x && x.sub() == null && (x.sup() == null || x.sup().isTranspose()
                || x.sup().key().equals("\\mathrm{T}") || x.sup().key().equals("\\mathrm T"))
                && NameKeys.full(x.withScripts(x.span(), null, null, x.primes())).equals(key);
    }

    /**
     * D2L's matrix factorization, {@code \hat{\mathbf{R}}_{ui} = \mathbf{p}_u\mathbf{q}^\top_i + b_u + b_i} with
     * {@code \mathbf{P} \in \mathbb{R}^{m \times k}} and {@code b_u \in \mathbb{R}^{m}}: the same definition reads
     * another name at {@code u} that is a row of a declared matrix ({@code \mathbf{p}_u} of {@code \mathbf{P}}), so
     * {@code u} runs over that matrix's rows; their count, or null. (W0257 then reads {@code b_u} at {@code u}; the
     * whole vector was added to the [m, n] ratings, E0302.)
     */
    private String siblingRowCount(Expr.Sym s, String letter) {
        if (body.def == null || body.def.rhs() == null) {
            return null;
        }
        for (Expr e : IndexLetters.nodes(body.def.rhs(), false)) {
            if (!(e instanceof Expr.Sym x) || x.span().equals(s.span()) || x.sub() == null || !x.sub().isSingle()
                    || !(x.sub().single() instanceof Expr.Sym l) || !l.bare() || !l.base().equals(letter)
                    || isBound(NameKeys.full(x.withScripts(x.span(), x.sub(), null, x.primes())))) {
                continue;
            }
            Expr.Sym bare = x.withScripts(x.span(), null, null, 0);
            Input own = file.input(NameKeys.full(bare));
            Input capital = file.input(NameKeys.full(new Expr.Sym(x.span(), x.kind(),
                    x.base().toUpperCase(java.util.Locale.ROOT), x.accent(), null, null, 0)));
            for (Input in : java.util.Arrays.asList(own, capital)) {
                if (in != null && in.declared() && in.dims() != null && in.dims().size() == 2
                        && in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol rows) {
                    return rows.name();
                }
            }
        }
        return null;
    }

    /**
     * Nadaraya-Watson's denominator {@code \\sum_{j=1}^{n} K(x - x_j)} with the keys declared as {@code x_i \\in
     * \\mathbb{R}^{n}}: {@code x_j}, undeclared, is element j of the sequence declared under another index letter,
     * when j runs to its length (W0257); null otherwise.
     */
    private Term siblingElement(Expr.Sym s, Expr.Sym letter, List<IndexVar> indices) {
        String range = limitSymbol(indices.get(0));
        if (range == null || !Character.isLowerCase(letter.base().charAt(0))) {
            return null;
        }
        String base = NameKeys.full(s.withScripts(s.span(), null, null, s.primes()));
        for (char c = 'a'; c <= 'z'; c++) {
            Input in = c == letter.base().charAt(0) ? null : file.input(base + "_" + c);
            if (in != null && in.declared() && in.labels() == null && in.dims() != null && in.dims().size() == 1
                    && in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol size && size.name().equals(range)) {
                String name = file.source.slice(s.span());
                Diagnostic.of(Code.W0257, file.source, s.span(), "`" + name + "` is read as element `" + letter.base()
                                + "` of `" + in.latex() + "`, declared with " + range + " values, one per `" + c + "`")
                        .caret("element " + letter.base() + " of the declared " + in.dims())
                        .help("declare the sequence by its name alone, like `" + file.source.slice(new Span(
                                s.span().start(), s.sub().span().start() - 1)) + " \\in \\mathbb{R}^{" + range
                                + "}`, to say so")
                        .report(file.diagnostics);
                return new Term.Index(s.span(), inputRef(s.span(), in), indices);
            }
        }
        return null;
    }

    /**
     * {@code \\theta_{t, i}}, {@code G_{t, ii}}: an element of the declared or defined {@code \\theta_t}, {@code G_t}
     * by indices in scope ({@link StepSubscript}); null for anything else.
     */
    private Term stepElement(Expr.Sym s) {
        if (s.sub() == null || s.sub().items().size() < 2 || isBound(NameKeys.full(s))) {
            return null;
        }
        StepSubscript step = StepSubscript.of(s, file.source);
        if ((step == null || !isBound(NameKeys.full(step.name()))) && scope.hasIndices()) {
            // \theta^*_{A,i} with \theta^*_A declared (EWC), \theta^f_{s,\ell,i} with \theta^f_{s,\ell} (N-BEATS): the
            // labels of a name given whole, then an index; was an undeclared scalar (W0101).
            step = StepSubscript.labelledSplits(s, file.source).stream()
                    .filter(x -> isBound(NameKeys.full(x.name()))).findFirst().orElse(null);
        }
        if (step == null || !isBound(NameKeys.full(step.name())) || !scope.hasIndices()) {
            return null;
        }
        List<IndexVar> vars = new ArrayList<>();
        for (String letter : step.indices()) {
            IndexVar v = scope.indexVar(letter);
            if (v == null) {
                return null;
            }
            vars.add(v);
        }
        Term named = lookup(NameKeys.full(step.name()), new Span(s.span().start(), s.sub().span().start() - 1));
        return named == null ? null : indexOf(s.span(), named, vars);
    }

    /**
     * Row and column slices of a named matrix by an index in scope: {@code W_{i,:}} and
     * {@code W_{i,\cdot}} are row i, {@code W_{:,j}}, {@code W_{\cdot,j}} and {@code X_{*j}} column j
     * (docs/LANGUAGE.md, "Definitions and wrappers"); null for anything else.
     */
    private Term slice(Expr.Sym s) {
        if (s.sub() == null || s.sub().items().size() != 2 || s.sup() != null) {
            return null;
        }
        Expr first = s.sub().items().get(0);
        Expr second = s.sub().items().get(1);
        boolean column = isWhole(first);
        if (column == isWhole(second)) {
            return null;
        }
        Expr index = column ? second : first;
        IndexVar v = index instanceof Expr.Sym i && i.bare() ? scope.indexVar(i.base()) : null;
        Expr.Sym base = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
        Term matrix = v == null ? null : lookup(NameKeys.full(base), base.span());
        if (matrix == null) {
            return null;
        }
        return sliceOf(new Span(s.span().start(), s.sub().span().end()), matrix, column, v);
    }

    /**
     * The row slice {@code _{i,:}} or column slice {@code _{:,j}} of a matrix (a name or an expression's result, as
     * in MLP-Mixer's {@code \mathrm{LayerNorm}(\mathbf{X})_{*,i}}) by an index in scope.
     */
    static Term sliceOf(Span at, Term matrix, boolean column, IndexVar v) {
        // A column is a (column) vector; a row is a row vector, the transpose of one, so that
        // W_{i,:} v is the product of row i with v, as W_{i,:} reads in papers.
        return column ? new Term.Index(at, new Term.Transpose(at, matrix), List.of(v))
                : new Term.Transpose(at, new Term.Index(at, matrix, List.of(v)));
    }

    /**
     * A row or column slice subscript {@code _{i,:}}, {@code _{*,j}} by a letter in scope; null when the subscript
     * is no such slice.
     */
    SliceIndex sliceIndex(dev.eqc.compiler.ast.Script sub) {
        if (sub == null || sub.items().size() != 2) {
            return null;
        }
        Expr first = sub.items().get(0);
        Expr second = sub.items().get(1);
        boolean column = isWhole(first);
        if (column == isWhole(second)) {
            return null;
        }
        Expr index = column ? second : first;
        IndexVar v = index instanceof Expr.Sym i && i.bare() ? scope.indexVar(i.base()) : null;
        return v == null ? null : new SliceIndex(v, column);
    }

    /** A slice subscript: the index in scope and whether it picks a column. */
    record SliceIndex(IndexVar var, boolean column) {
    }

    /**
     * {@code \mu_{W_{i,\cdot}}}, {@code \mu^2_{W_{i,\cdot}}} with {@code i} in scope: element {@code i} of the
     * statistic {@code \mu} defined over the rows of {@code W} (squared); null for anything else.
     */
    private Term sliceStatistic(Expr.Sym s) {
        String letter = IndexLetters.sliceLetter(s, k -> find(k) instanceof Binding.InputName);
        IndexVar v = letter == null ? null : scope.indexVar(letter);
        if (v == null) {
            return null;
        }
        Expr.Sym base = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
        if (!(find(NameKeys.full(base)) instanceof Binding.DefinitionName)) {
            return null;
        }
        Term value = lookup(NameKeys.full(base), base.span());
        if (value == null) {
            return null;
        }
        Term element = new Term.Index(s.span(), value, List.of(v));
        return s.sup() == null ? element : new Term.Power(s.span(), element, body.script(s.sup()));
    }

    /**
     * {@code x^{(i)}}, {@code y^{(i)}} with {@code i} an index in scope and the labelled spelling not declared:
     * the i-th training example, as machine-learning notes write it: element i of a declared vector {@code y},
     * row i of a declared matrix {@code x} or, when only the capital {@code X} is declared (m × n), row i of
     * {@code X} (W0102). Null for anything else.
     */
    private Term example(Expr.Sym s) {
        Term component = component(s);
        if (component != null) {
            return component;
        }
        List<IndexVar> features = featureIndices(s);
        if (s.sub() != null && features == null || s.sup() == null || !s.sup().isSingle() || s.primes() != 0
                || !(s.sup().single() instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN
                || g.items().size() != 1 || !(g.items().get(0) instanceof Expr.Sym i) || i.sub() != null
                || i.sup() != null || i.accent() != null
                || scope.indexVar(i.base() + "'".repeat(i.primes())) == null || isBound(NameKeys.full(s))) {
            return null;
        }
        IndexVar v = scope.indexVar(i.base() + "'".repeat(i.primes()));   // z^{(y')} under \sum_{y'} too
        Expr.Sym base = s.withScripts(new Span(s.span().start(), s.sup().span().start() - 1), null, null, 0);
        String key = NameKeys.full(base);
        Input in = file.input(key);
        String used = key;
        String capital = declaredCapital(base, 2);
        if ((in == null || in.dims() == null || in.dims().isEmpty()) && capital != null && (in == null || !in.declared())) {
            in = file.input(capital);
            used = capital;
        }
        if (in == null || in.dims() == null || in.dims().isEmpty()
                || features != null && (in.dims().size() < 1 + features.size() || !used.equals(key))) {
            return null;
        }
        Term whole = lookup(used, base.span());
        if (whole == null) {
            return null;
        }
        if (features != null) {
            // ST-MoE's x_j^{(i)} with x \in \mathbb{R}^{B \times N} declared: feature j of the i-th example, element
            // (i, j) (was the undeclared name x_j^{(i)}, or E0350 under a sum over i); of a tensor of more axes, the
            // slice there (JKNet's h_v^{(k)} of h \in \mathbb{R}^{k \times n \times d}: node v's features at layer k)
            Diagnostic.of(Code.W0440, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as element `"
                            + v.name() + ", " + features.stream().map(IndexVar::name).collect(java.util.stream.Collectors.joining(", "))
                            + "` of `" + in.latex() + "`: the `" + v.name() + "`-th example's entry, the label first")
                    .caret("element of the " + v.name() + "-th row")
                    .help("declare `" + file.source.slice(s.span()) + "` itself to read it as a name of its own, or write `"
                            + in.latex() + "_{" + v.name() + "j}`")
                    .report(file.diagnostics);
            List<IndexVar> at = new ArrayList<>();
            at.add(v);
            at.addAll(features);
            return new Term.Index(s.span(), whole, at);
        }
        if (in.dims().size() == 2 && in.declared()) {
            // deeplearning.ai's x^{(i)} with X \in \mathbb{R}^{n_x \times m} declared (the examples as columns) under
            // \sum_{i=1}^{m}: the column, the one axis of i's range (W0478); it was row i, E0304.
            IndexVar own = v.rangeOf() != null ? v.rangeOf() : v;
            String size = own.upper() instanceof Term.DimValue d ? d.dim() : null;
            boolean first = size != null && in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol d0
                    && d0.name().equals(size);
            boolean second = size != null && in.dims().get(1) instanceof dev.eqc.compiler.term.Dim.Symbol d1
                    && d1.name().equals(size);
            boolean oneRow = in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Known k && k.value() == 1;
            if (second && !first && !oneRow) {
                Diagnostic.of(Code.W0478, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as the `"
                                + v.name() + "`-th example of `" + in.latex() + "`: its column `" + v.name()
                                + "`, the axis of size `" + size + "` that `" + v.name() + "` runs over")
                        .caret("the " + v.name() + "-th example, column")
                        .help("declare `" + file.source.slice(s.span()) + "` itself to read it as a name of its own")
                        .report(file.diagnostics);
                return new Term.Index(s.span(), new Term.Transpose(s.span(), whole), List.of(v));
            }
        }
        Diagnostic.of(Code.W0102, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as the `"
                        + v.name() + "`-th example: " + (in.dims().size() == 1 ? "element" : "row") + " `" + v.name()
                        + "` of `" + in.latex() + "`")
                .caret(in.dims().size() == 1 ? "an element" : "a row")
                .help("declare `" + file.source.slice(s.span()) + "` itself to read it as a name of its own")
                .report(file.diagnostics);
        return new Term.Index(s.span(), whole, List.of(v));
    }

    /**
     * deeplearning.ai's {@code a^{[L](i)}}, {@code dZ^{[l](i)}}: the layer label in square brackets, then the example
     * label, with {@code a^{[L]}} declared and {@code i} an index in scope: the i-th example of the declared value
     * (W0478). A vector gives its element i; a matrix its slice along the one axis whose size is the range of
     * {@code i} (the course stacks examples as columns, {@code A^{[l]}} of shape (n^{[l]}, m), so under
     * {@code \sum_{i=1}^{m}} the column). Null for anything else, or when no single axis has i's range.
     */
    private static String size(dev.eqc.compiler.term.Dim d) {
        return d instanceof dev.eqc.compiler.term.Dim.Symbol sym ? sym.name() : String.valueOf(d);
    }

    private Term layerExample(Expr.Sym s) {
        if (s.sup() == null || !s.sup().isSingle() || s.primes() != 0 || s.sub() != null || s.accent() != null
                || !(s.sup().single() instanceof Expr.Binary b) || b.op() != dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                || !(b.left() instanceof Expr.Group label) || label.bracket() != dev.eqc.compiler.ast.Bracket.SQUARE
                || label.items().size() != 1 || !(b.right() instanceof Expr.Group ex)
                || ex.bracket() != dev.eqc.compiler.ast.Bracket.PAREN || ex.items().size() != 1
                || !(ex.items().get(0) instanceof Expr.Sym i) || !i.bare() || isBound(NameKeys.full(s))) {
            return null;
        }
        IndexVar v = scope.indexVar(i.base());
        if (v == null) {
            return null;
        }
        String key = file.source.slice(label.span()).replaceAll("\\s+", "");
        Expr.Sym base = s.withScripts(new Span(s.span().start(), label.span().end()), null,
                new dev.eqc.compiler.ast.Script(label.span(), List.of(label), key), 0);
        String name = NameKeys.full(base);
        Input in = file.input(name);
        boolean capital = false;
        if (in == null && base.kind() == SymKind.LETTERS && base.base().length() <= 2
                && Character.isLowerCase(base.base().charAt(base.base().length() - 1))) {
            // the course's z^{[l](i)} beside Z^{[l]} \in \mathbb{R}^{n^{[l]} \times m} declared: the capital's example
            String upper = base.base().substring(0, base.base().length() - 1)
                    + base.base().substring(base.base().length() - 1).toUpperCase(java.util.Locale.ROOT);
            Expr.Sym cap = new Expr.Sym(base.span(), SymKind.LETTERS, upper, base.accent(), null, base.sup(), 0);
            name = NameKeys.full(cap);
            in = file.input(name);
            capital = true;
        }
        if (in == null || !in.declared() || in.dims() == null || in.dims().isEmpty() || in.dims().size() > 2
                || capital && in.dims().size() != 2) {
            return null;
        }
        int axis = 0;
        if (in.dims().size() == 2) {
            String size = v.upper() instanceof Term.DimValue d ? d.dim() : null;
            boolean first = size != null && in.dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol d0 && d0.name().equals(size);
            boolean second = size != null && in.dims().get(1) instanceof dev.eqc.compiler.term.Dim.Symbol d1 && d1.name().equals(size);
            if (first == second) {
                return null;
            }
            axis = second ? 1 : 0;
            if (capital && in.dims().get(1 - axis) instanceof dev.eqc.compiler.term.Dim.Known one && one.value() == 1) {
                return null;   // a 1 x m capital: its example is a one-entry column, not the number the cost reads
            }
        }
        Term whole = lookup(name, base.span());
        if (whole == null) {
            return null;
        }
        String what = in.dims().size() == 1 ? "element" : axis == 1 ? "column" : "row";
        Diagnostic.of(Code.W0478, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as the `"
                        + v.name() + "`-th example of `" + in.latex() + "`: its " + what + " `" + v.name() + "`"
                        + (in.dims().size() == 2 ? ", the axis of size `" + size(in.dims().get(axis)) + "` that `" + v.name()
                                + "` runs over" : ""))
                .caret("the " + v.name() + "-th example, " + what)
                .help("declare `" + file.source.slice(s.span()) + "` itself to read it as a name of its own")
                .report(file.diagnostics);
        return axis == 0 ? new Term.Index(s.span(), whole, List.of(v))
                : new Term.Index(s.span(), new Term.Transpose(s.span(), whole), List.of(v));
    }

    /**
     * The indices of {@code x_j^{(i)}}'s subscript when each is a bare index in scope and the subscripted name
     * {@code x_j} is not itself bound: the entry of the i-th example. Null otherwise.
     */
    private List<IndexVar> featureIndices(Expr.Sym s) {
        if (s.sub() == null || s.sup() == null || s.accent() != null) {
            return null;
        }
        if (isBound(NameKeys.withSub(s)) || isBound(NameKeys.full(s))) {
            return null;
        }
        List<IndexVar> out = new ArrayList<>();
        for (Expr item : s.sub().items()) {
            if (!(item instanceof Expr.Sym j) || !j.bare() || scope.indexVar(j.base()) == null || isBound(j.base())) {
                return null;
            }
            out.add(scope.indexVar(j.base()));
        }
        return out.isEmpty() ? null : out;
    }

    /**
     * {@code \mathbf{q}_s^{(k)}} (SwAV) with {@code \mathbf{q}_s} a declared vector, {@code k} an index in scope
     * and the labelled spelling not declared: component {@code k} of {@code \mathbf{q}_s} (W0240). Null otherwise.
     */
    private Term component(Expr.Sym s) {
        // LwF's y_o'^{(i)} and \hat{y}_o^{(i)} (Li & Hoiem, Eq. 2): a primed or accented name's components too.
        if (isBound(NameKeys.full(s))) {
            return null;
        }
        Expr.Sym k = body.componentLetter(s.sup());
        if (k == null) {
            return null;
        }
        Expr.Sym base = s.withScripts(new Span(s.span().start(), s.sup().span().start() - 1), s.sub(), null, s.primes());
        String key = NameKeys.full(base);
        Input in = file.input(key);
        boolean declared = s.sub() != null && in != null && in.declared() && in.dims() != null && !in.dims().isEmpty();
        // SwAV's \mathbf{p}^{(k)}_t = … defined over k (W0439), read again as \mathbf{p}^{(k)}_t: its element k.
        String defined = !declared && find(key) instanceof Binding.DefinitionName dn
                && dn.definition().indexLetters().size() == 1 && !dn.definition().function()
                ? dn.definition().latexName() : null;
        if (!declared && defined == null) {
            return null;
        }
        Term whole = lookup(key, base.span());
        if (whole == null) {
            return null;
        }
        Diagnostic.of(Code.W0240, file.source, s.sup().span(), "`" + file.source.slice(s.span()) + "` is read as"
                        + " component `" + k.base() + "` of `" + (declared ? in.latex() : defined) + "`: `" + k.base()
                        + "` is an index in scope")
                .caret("component " + k.base() + ", not a label of the name")
                .help("declare `" + file.source.slice(s.span()) + "` to read it as a name of its own")
                .report(file.diagnostics);
        return new Term.Index(s.span(), whole, List.of(scope.indexVar(NameKeys.full(k))));
    }

    /** {@code :}, {@code *} or {@code \cdot} in a subscript: the whole axis. */
    private static boolean isWhole(Expr e) {
        return e instanceof Expr.Sym m && m.kind() == SymKind.COMMAND && m.sub() == null && m.sup() == null
                && (m.base().equals(":") || m.base().equals("*") || m.base().equals("\\cdot"));
    }

    /**
     * Whether a superscript is a label rather than an exponent: a parenthesised script
     * ({@code (l)}, {@code (t)}), a word ({@code \text{old}}, {@code \mathrm{ML}}), or a single
     * letter that is no number in scope (not an index, input, dimension, definition or parameter), or a run
     * of letters one of which is no number in scope ({@code ^{LM}} with only {@code L} a size).
     */
    boolean isLabel(dev.eqc.compiler.ast.Script sup) {
        if (NameKeys.TRANSPOSE_MARKS.contains(sup.key()) || sup.items().size() != 1) {
            return false;
        }
        Expr item = sup.single();
        if (item instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN) {
            // W^{(l)}, h^{(t-1)}, x^{(i, j)}: names, whole numbers, sums and lists of them; BLEU's e^{(1 - r/c)}
            // divides, an exponent.
            return g.items().stream().allMatch(NameResolver::labelLike);
        }
        if (!(item instanceof Expr.Sym letter) || !letter.bare()) {
            return false;
        }
        if (letter.kind() == SymKind.WORD) {
            return Builtin.lookup(letter.base()).isEmpty();
        }
        boolean single = letter.kind() == SymKind.LETTERS && letter.base().length() == 1
                || letter.kind() == SymKind.COMMAND && GreekLetters.isLetter(letter.base());
        if (letter.kind() == SymKind.LETTERS && letter.base().length() > 1) {
            // \mathbf{h}^{LM}_{k,j} (ELMo's biLM layers) with L a size: a run of letters one of which is no number in
            // scope is an abbreviation, not a product of numbers.
            return letter.base().chars().anyMatch(c -> noNumber(String.valueOf((char) c)));
        }
        String key = NameKeys.full(letter);
        return single && !isEuler(letter) && !letter.base().equals("\\pi") && noNumber(key);
    }

    /**
     * deeplearning.ai's softmax, {@code t = e^{(z^{[l]})}}: Euler's e raised to a parenthesised value the file gives (a
     * declared input or a defined value, not an index or a number) is the exponential, not e labelled by it.
     */
    private boolean eulerOfValue(Expr.Sym s) {
        Expr.Sym base = s.withScripts(baseSpan(s), s.sub(), null, s.primes());
        if (!isEuler(base) || s.sub() != null || isBound(NameKeys.full(s)) || isBound("e")
                || !(s.sup().single() instanceof Expr.Group g) || g.items().size() != 1
                || !(g.items().get(0) instanceof Expr.Sym v)) {
            return false;
        }
        String key = NameKeys.full(v);
        return scope.indexVar(key) == null && (file.input(key) != null && file.input(key).declared()
                || file.definition(key) != null);
    }

    /** Whether a letter is no number in scope: no index, input, dimension, definition, parameter or free value. */
    private boolean noNumber(String key) {
        return scope.indexVar(key) == null && !isBound(key) && !file.isTimeStep(key) && !file.wasAttempted(key)
                && !file.isUsedFree(key);
    }

    /**
     * A name, a whole number, or a sum, difference or run of them, or one of them over a number: what a parenthesised
     * label holds ({@code (l+1)}, RoPE's component {@code (i + \\frac{d}{2})}); a division by a name ({@code (1 - r/c)})
     * is an exponent's.
     */
    private static boolean labelLike(Expr e) {
        if (e instanceof Expr.Sym || e instanceof Expr.Num n && n.text().matches("\\d+")) {
            return true;
        }
        if (e instanceof Expr.Frac f) {
            return labelLike(f.num()) && f.den() instanceof Expr.Num;
        }
        if (e instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.DIV) {
            return labelLike(b.left()) && b.right() instanceof Expr.Num;
        }
        return e instanceof Expr.Binary b && (b.op() == dev.eqc.compiler.ast.BinaryOp.ADD
                || b.op() == dev.eqc.compiler.ast.BinaryOp.SUB || b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE)
                && labelLike(b.left()) && labelLike(b.right());
    }

    /** {@code W_{ij}} with i, j in scope: the tensor W indexed; its superscript a transpose or a power. */
    private Term indexed(Expr.Sym s, List<IndexVar> indices) {
        Span indexedSpan = new Span(s.span().start(), s.sub().span().end());
        if (s.sup() != null) {
            // a^K_i, \sigma^2_c with a^K, \sigma^2 declared or defined: the superscript is part of the name.
            Expr.Sym named = s.withScripts(s.span(), null, s.sup(), s.primes());
            Term whole = lookup(NameKeys.full(named), s.span());
            if (whole != null) {
                return new Term.Index(s.span(), whole, indices);
            }
            if (isLabel(s.sup())) {
                // W^{(l)}_{ij}, \pi^{\text{old}}_i: a labelled name, indexed.
                return new Term.Index(s.span(), unboundName(named), indices);
            }
        }
        Expr.Sym base = s.withScripts(new Span(s.span().start(), s.sub().span().start() - 1), null, null, s.primes());
        Term baseTerm = lookup(NameKeys.full(base), base.span());
        if (baseTerm == null) {
            baseTerm = rootOfSquare(base);
        }
        if (baseTerm == null) {
            baseTerm = rowsOfCapital(base, indices.size());
        }
        if (baseTerm == null && s.sup() == null && isSplittableRun(base)) {
            // Ax_i, \|Ax_i - Ax_j\|^2 (NCA): the subscript is typeset on the last letter, so it indexes x alone,
            // A x_i; it was the row i of the product A x, with no warning (wrong when both are square).
            return splitRun(s);
        }
        if (baseTerm == null && (base.kind() == SymKind.COMMAND || base.base().length() == 1)
                && (base.kind() != SymKind.COMMAND || GreekLetters.isLetter(base.base()))) {
            // An indexed name is a tensor, even `e` or `\pi`, which alone would be constants.
            baseTerm = inputRef(base.span(), file.inferInput(base, NameKeys.full(base)));
        }
        Term indexed = new Term.Index(indexedSpan,
                baseTerm != null ? baseTerm : sym(base), indices);
        if (s.sup() == null) {
            return indexed;
        }
        if (NameKeys.isTranspose(s)) {
            return new Term.Transpose(s.span(), indexed);
        }
        Term axis = baseTerm == null ? null : superscriptIndex(s, base, baseTerm, indices);
        if (axis != null) {
            return axis;
        }
        return new Term.Power(s.span(), indexed, body.script(s.sup()));
    }

    /**
     * {@code \pi^{(k)T}}, {@code h^{(l)\top}} (Langville & Meyer's row vectors): a parenthesised label followed by a
     * transpose mark in one superscript is the transpose of the labelled name, as {@code S^{(l)^T}} is, when the
     * labelled name is bound and the whole spelling is not. Null otherwise.
     */
    private Term labelledTranspose(Expr.Sym s) {
        if (s.sup() == null || !s.sup().isSingle() || !(s.sup().single() instanceof Expr.Binary b)
                || b.op() != dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                || !(b.left() instanceof Expr.Group g) || g.bracket() != dev.eqc.compiler.ast.Bracket.PAREN
                || !(b.right() instanceof Expr.Sym mark) || mark.sub() != null || mark.sup() != null
                || !NameKeys.TRANSPOSE_MARKS.contains(NameKeys.full(mark)) || isBound(NameKeys.full(s))) {
            return null;
        }
        String key = s.sup().key();
        String markKey = NameKeys.full(mark);
        if (!key.endsWith(markKey)) {
            return null;
        }
        Expr.Sym labelled = s.withScripts(s.span(), s.sub(), new dev.eqc.compiler.ast.Script(g.span(), List.of(g),
                key.substring(0, key.length() - markKey.length()).trim()), s.primes());
        if (!isBound(NameKeys.full(labelled)) && !isBound(NameKeys.full(labelled.withScripts(labelled.span(), null,
                labelled.sup(), labelled.primes())))) {
            return null;
        }
        return new Term.Transpose(s.span(), sym(labelled));
    }

    /** A name with a superscript that is not part of it: {@code e^{x}}, a transpose, or a power. */
    private Term superscripted(Expr.Sym s) {
        Expr.Sym base = s.withScripts(baseSpan(s), s.sub(), null, s.primes());
        if (isEuler(base) && file.hasInput("e") && file.input("e").declared() && !NameKeys.isTranspose(s)) {
            // e \in \mathbb{R}^{m} declared, then e^2: its square, or Euler's number squared? Either is printed.
            return body.error(Code.E0320, s.span(), "`" + file.source.slice(s.span()).strip() + "` is a power of the"
                            + " file's own `e` or Euler's number raised to it; eqc cannot tell which",
                    "write `\\exp(…)` for Euler's number, or rename the file's `e` (`e_i` for its elements is fine)");
        }
        if (isEuler(base) && !(isBound(NameKeys.full(base)) && NameKeys.isTranspose(s))) {
            // e^{x} is Euler's number; with the file's own `e`, \mathbf{e}^T (Langville & Meyer's vector of ones) is
            // its transpose, and a defined e (GAT's scores e_{ij}) leaves e^{e_{ij}} Euler's.
            return new Term.BuiltinCall(s.span(), Builtin.EXP, List.of(body.script(s.sup())));
        }
        Term baseTerm = sym(base);
        if (NameKeys.isTranspose(s)) {
            if (s.sup().key().equals("T") && (file.isDimension("T") || file.hasInput("T"))) {
                Diagnostic.of(Code.W0102, file.source, s.sup().span(), "`^T` is read as a transpose, although `T` is"
                                + " also declared")
                        .caret("transpose")
                        .help("write `^\\top` for the transpose, or `^{(T)}` for a power")
                        .report(file.diagnostics);
            }
            return new Term.Transpose(s.span(), baseTerm);
        }
        if (s.sub() == null || find(NameKeys.full(base)) instanceof Binding.InputName
                || find(NameKeys.full(base)) instanceof Binding.DefinitionName) {
            // s_n^j with s_n a declared vector: the subscript is part of its name
            Term axis = superscriptIndex(s, base, baseTerm, List.of());
            if (axis != null) {
                return axis;
            }
        }
        return new Term.Power(s.span(), baseTerm, body.script(s.sup()));
    }

    /**
     * {@code a^j_{x,y}} inside {@code \sum_{j=0}^{N-1}} with {@code a \in \mathbb{R}^{N \times H \times W}}
     * (ProGAN's pixel norm, AlexNet's response normalisation), {@code \alpha_{ij}^k \mathbf{W}^k} inside
     * {@code \sum_{k=1}^{K}} (GAT's heads): a superscript that is an index in scope, on a declared tensor that its
     * subscripts leave axes of (or, with no subscript, one of three axes or more), indexes one more axis; it is
     * not a power (W0154). A declared vector ({@code s_n^j} inside {@code \sum_{j=1}^{L}}, {@code s_n \in
     * \mathbb{R}^{L}}, Circle loss) is indexed only when the index runs to its length. The axis is the first one or the one after the subscripts' axes, whichever has the
     * size the index runs to; with no subscript, the first. When the index's range names neither, or both,
     * E0154. A matrix that is not square, {@code \mathbf{x}^k_p} with {@code \mathbf{x}_p \in \mathbb{R}^{N \times K}}
     * and k running to N (ViT's patches), is indexed by row. Null when the form does not apply (a power stays a
     * power: {@code \gamma^k}, {@code x_i^k} with {@code x} a vector, a square matrix {@code L^k}).
     */
    private Term superscriptIndex(Expr.Sym s, Expr.Sym base, Term baseTerm, List<IndexVar> subs) {
        if (s.sup() == null || !s.sup().isSingle() || !(s.sup().single() instanceof Expr.Sym letter) || !letter.bare()) {
            return null;
        }
        String key = NameKeys.full(letter);
        IndexVar v = scope.indexVar(key);
        if (v != null && !isBound(key) && subs.isEmpty() && find(NameKeys.full(base)) instanceof Binding.DefinitionName dn
                && !dn.definition().function() && dn.definition().params().isEmpty()
                && dn.definition().indexLetters().size() == 1) {
            // Circle loss's \sum_{i=1}^{K} \alpha_p^i \ldots with \alpha_p^{(i)} (or \alpha_{p,i}) defined element by
            // element over one index: element i of that vector, as for a declared one (W0154). Before, it was the
            // whole vector to the power i, summed into a vector, silently.
            String written = file.source.slice(s.span());
            Diagnostic.of(Code.W0154, file.source, s.span(), "`" + written + "` is read as element `" + key + "` of `"
                            + dn.definition().latexName() + "`, which the file defines element by element over `"
                            + dn.definition().indexLetters().get(0) + "`: the superscript is an index, not a power")
                    .caret("`" + key + "` indexes it")
                    .help("write `" + dn.definition().latexName() + "_{" + key + "}` to say so; for a power write `("
                            + dn.definition().latexName() + ")^{" + key + "}`")
                    .report(file.diagnostics);
            return new Term.Index(s.span(), baseTerm, List.of(v));
        }
        if (v == null || isBound(key) || !(find(NameKeys.full(base)) instanceof Binding.InputName in)
                || !in.input().declared() || in.input().dims() == null || in.input().labels() != null) {
            return null;
        }
        List<dev.eqc.compiler.term.Dim> dims = in.input().dims();
        int n = subs.size();
        String range = limitSymbol(v);
        if (n == 0 && dims.size() == 1) {
            // s_n^j inside \sum_{j=1}^{L} with s_n \in \mathbb{R}^{L} (Circle loss): element j of the vector, when
            // the index runs to its length; otherwise a power, element-wise (x^k inside \sum_{k=0}^{K}).
            if (range == null || !(dims.get(0) instanceof dev.eqc.compiler.term.Dim.Symbol sym)
                    || !sym.name().equals(range)) {
                return null;
            }
        } else if (n == 0 && dims.size() == 2) {
            // \mathbf{x}^k_p with \mathbf{x}_p \in \mathbb{R}^{N \times (P^2 C)} and k running to N (ViT's patches): row k,
            // when the matrix is not square (no matrix power) and the index runs to its rows; otherwise a power.
            if (range == null || !(dims.get(0) instanceof dev.eqc.compiler.term.Dim.Symbol sym)
                    || !sym.name().equals(range) || dims.get(1).equals(dims.get(0))) {
                return null;
            }
        } else if (n == 0 ? dims.size() < 3 : dims.size() <= n) {
            return null;
        }
        List<Integer> fits = new ArrayList<>();
        for (int axis : n == 0 ? List.of(0) : List.of(0, n)) {
            if (range == null ? n == 0 || sizeNamedFor(dims.get(axis), key)
                    : dims.get(axis) instanceof dev.eqc.compiler.term.Dim.Symbol sym && sym.name().equals(range)) {
                fits.add(axis);
            }
        }
        String written = file.source.slice(s.span());
        if (fits.size() != 1) {
            return body.error(Code.E0154, s.span(), "`" + written + "`: the superscript `" + key + "` is an index in"
                            + " scope on `" + in.input().latex() + "` " + dims + ", which the subscripts leave axes of;"
                            + " which axis it indexes cannot be told" + (range == null ? " (its range is not written)"
                            : " (it runs to " + range + ")"),
                    "write every index in the subscript in the order of the declaration, like `" + file.source.slice(
                            base.span()) + "_{" + key + (n == 0 ? "" : ", …") + "}`; for a power write `("
                            + file.source.slice(new Span(s.span().start(), s.sup().span().start() - 1)) + ")^{" + key + "}`");
        }
        int axis = fits.get(0);
        List<IndexVar> all = new ArrayList<>(subs);
        all.add(axis, v);
        Diagnostic.of(Code.W0154, file.source, s.span(), "`" + written + "` is read as an element of `"
                        + in.input().latex() + "` " + dims + ": the superscript `" + key + "` indexes axis " + axis
                        + " (of size " + dims.get(axis) + "), not a power")
                .caret("`" + key + "` indexes axis " + axis)
                .help(subs.isEmpty() && s.sub() != null
                        // \mathbf{x}^k_p: the subscript is part of the name, so the index goes outside a bracket
                        ? "write `(" + in.input().latex() + ")_{" + key + "}` to say so; for a power write `("
                                + in.input().latex() + ")^{" + key + "}`"
                        : "write the index in the subscript, like `" + file.source.slice(base.span()) + "_{"
                        + String.join(", ", all.stream().map(IndexVar::name).toList()) + "}`, to say so; for a power"
                        + " write `(" + file.source.slice(new Span(s.span().start(), s.sup().span().start() - 1))
                        + ")^{" + key + "}`")
                .report(file.diagnostics);
        return new Term.Index(s.span(), baseTerm, all);
    }

    /**
     * Whether {@code dim} is a size named for the index {@code letter}: {@code n_a} for {@code a} (Sutton &amp; Barto's
     * {@code \mathcal{P}^a_{ss'}} with {@code \mathcal{P} \in \mathbb{R}^{n_a \times n_s \times n_s}}), the axis an index
     * with no written range runs over.
     */
    private static boolean sizeNamedFor(dev.eqc.compiler.term.Dim dim, String letter) {
        if (dim instanceof dev.eqc.compiler.term.Dim.Symbol cap && letter.length() == 1
                && Character.isLowerCase(letter.charAt(0)) && cap.name().equals(letter.toUpperCase(java.util.Locale.ROOT))) {
            // Gal et al.'s BALD estimate \hat{p}^t_c with \hat{p} \in \mathbb{R}^{T \times C}: t runs over the T
            // samples, the axis named by its upper-case letter (as W0153 reads \sum_t up to T)
            return true;
        }
        return dim instanceof dev.eqc.compiler.term.Dim.Symbol sym && (sym.name().endsWith("_" + letter)
                || sym.name().endsWith("_{" + letter + "}")) && sym.name().indexOf('_') == sym.name().lastIndexOf('_');
    }

    /** The size an index runs to when its upper limit is written as a size or a size minus a number, else null. */
    private static String limitSymbol(IndexVar v) {
        IndexVar own = v.rangeOf() != null ? v.rangeOf() : v;
        Term upper = own.upper();
        if (upper instanceof Term.Arith a && a.op() == Term.ArithOp.SUB && a.right() instanceof Term.Literal) {
            upper = a.left();
        }
        return upper instanceof Term.DimValue d ? d.dim() : null;
    }

    /** The span of a name without its superscript. */
    private static Span baseSpan(Expr.Sym s) {
        int end = s.sup() == null ? s.span().end() : s.sup().span().start() - 1;
        if (s.sub() != null) {
            end = Math.max(end, s.sub().span().end());
        }
        return new Span(s.span().start(), Math.max(s.span().start() + 1, Math.min(end, s.span().end())));
    }

    /**
     * A mixture density network's {@code \frac{1}{\sqrt{2\pi}\sigma_k}} (Bishop 1994), a Gaussian mixture's
     * {@code (2\pi)^{d/2}}, with the mixing weights {@code \pi \in \mathbb{R}^{K}} (or a zero-inflation probability
     * {@code \pi \in \mathbb{R}}) declared: a bare {@code \pi} right after a number is the number π, not the declared
     * value (W0263). Null otherwise: a bare {@code \pi} elsewhere ({@code \log \pi}) is the declared value.
     */
    private Term numberPi(Expr.Sym s) {
        if (s.kind() != SymKind.COMMAND || !s.bare() || !s.base().equals("\\pi") || !afterNumber(body.def.rhs(), s)) {
            return null;
        }
        Binding named = find(NameKeys.full(s));
        String what;
        if (named instanceof Binding.InputName in && in.input().declared()) {
            what = "the declared `\\pi`" + (in.input().dims() == null || in.input().dims().isEmpty() ? ""
                    : " " + in.input().dims());
        } else if (named instanceof Binding.DefinitionName) {
            what = "the value `\\pi` the file defines";
        } else {
            return null;
        }
        Diagnostic.of(Code.W0263, file.source, s.span(), "`\\pi` after a number is read as the number π"
                        + " (3.14159…), not " + what)
                .caret("the number π")
                .help("rename the file's `\\pi` (the weights `w`) to say so and silence this warning; to read the"
                        + " declared value here, write the product with an operator: `2 \\cdot \\pi`")
                .report(file.diagnostics);
        return new Term.Literal(s.span(), Math.PI);
    }

    /** Whether {@code target} (by identity) is the right factor of a number side by side with it in {@code e}: {@code 2\pi}. */
    private static boolean afterNumber(Expr e, Expr target) {
        boolean[] found = {false};
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Binary b && b.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE && b.right() == target
                    && b.left() instanceof Expr.Num) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** A name nothing binds: a known constant, a misused command or built-in, or an input inferred from use. */
    Term unboundName(Expr.Sym s) {
        if (isEuler(s)) {
            return new Term.Literal(s.span(), Math.E);
        }
        if (s.kind() == SymKind.COMMAND && s.bare()) {
            switch (s.base()) {
                case "\\pi" -> {
                    return new Term.Literal(s.span(), Math.PI);
                }
                case "\\infty" -> {
                    return new Term.Literal(s.span(), Double.POSITIVE_INFINITY);
                }
                default -> { }
            }
        }
        if (s.kind() == SymKind.COMMAND && NOT_VALUES.contains(s.base())) {
            return body.unsupported(s.span(), s.base().equals("\\nabla") || s.base().equals("\\partial")
                    ? "write a gradient as `\\nabla_{W} L` or `\\frac{\\partial L}{\\partial W}`, with W an input"
                    : "eqc computes closed forms; write the elements out or use a sum");
        }
        if (s.kind() == SymKind.COMMAND && !GreekLetters.isLetter(s.base())) {
            if (Builtin.lookup(s.base()).isPresent()) {
                return body.error(Code.E0104, s.span(), "`" + s.base() + "` needs an argument",
                        "apply it, like `" + s.base() + "(x)`");
            }
            return body.error(Code.E0102, s.span(), "unknown command `" + s.base() + "`",
                    "eqc reads the LaTeX math commands papers use for equations; docs/LANGUAGE.md (Vocabulary) lists them");
        }
        if (s.kind() == SymKind.WORD && Builtin.lookup(s.base()).isPresent()) {
            return body.error(Code.E0104, s.span(), "`" + s.base() + "` needs an argument", "apply it, like `"
                    + file.source.slice(s.span()) + "(x)`");
        }
        if (file.wasAttempted(NameKeys.full(s)) && file.diagnostics.hasErrors()) {
            return new Term.Literal(s.span(), Double.NaN); // its declaration was rejected and reported
        }
        if (body.def.function() && isSizeName(s)) {
            return body.freeDimension(s);   // d_k in a function body: bound from an argument if generic
        }
        Term special = identityOrOnes(s);
        if (special != null) {
            return special;
        }
        Term step = declaredStepTimes(s);
        if (step != null) {
            return step;
        }
        Term mean = meanOfDeclared(s);
        if (mean != null) {
            return mean;
        }
        if (s.bare() && s.kind() == SymKind.LETTERS && s.base().length() == 1 && body.def != null
                && !body.def.function() && body.def.indexLetters().isEmpty() && body.def.nameSym() != null
                && body.def.nameSym().sub() != null && IndexLetters.of(body.def.nameSym().sub()) != null
                && IndexLetters.of(body.def.nameSym().sub()).contains(s.base()) && !file.hasInput(NameKeys.full(s))
                && onlyCompared(s.base(), body.def.rhs())) {
            // Switch Transformer's f_i = \frac{1}{T} \sum_t \mathbb{1}\{\mathrm{argmax}_j p_{tj} = i\}: the i of the left
            // side is an index, though nothing in the body gives its range; it was an input i, one number
            return body.error(Code.E0368, s.span(), "`" + s.base() + "` is the index of `" + file.source.slice(
                    body.def.nameSpan()) + "` on the left, but nothing on the right gives its range (it only"
                    + " compares it)", "state the range after the definition, like `\\quad i = 1, \\dots, N`");
        }
        if (s.sub() != null && s.sub().items().size() == 1 && s.sub().single() instanceof Expr.Sym at
                && body.scope.param(NameKeys.full(at)) != null) {
            PendingDefinition whole = file.definition(NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes())));
            if (whole != null && !whole.function() && !whole.indexLetters().isEmpty()) {
                // \mathbf{x}(s) = \Phi_s, then \hat{v}(s, \mathbf{w}) = \mathbf{w}^\top \mathbf{x}(s): not a new input x_s
                return body.error(Code.E0366, s.span(), "`" + file.source.slice(s.span()) + "` reads `"
                        + whole.latexName() + "`, which the file defines element by element, at the parameter `"
                        + file.source.slice(at.span()) + "` of `" + body.def.latexName() + "`; eqc does not read a"
                        + " defined tensor at a parameter", "declare `" + whole.latexName() + "` as an input (`"
                        + whole.latexName() + " \\in \\mathbb{R}^{n \\times d}`), or write its definition in the body");
            }
        }
        return inputRef(s.span(), file.inferInput(s, NameKeys.full(s)));
    }

    /** Whether every use of the bare letter in {@code e} is a side of an equality ({@code \\mathrm{argmax}_j p_{tj} = i}). */
    private static boolean onlyCompared(String letter, Expr e) {
        List<Expr> nodes = IndexLetters.nodes(e, true);
        long uses = nodes.stream().filter(n -> n instanceof Expr.Sym u && u.bare() && u.base().equals(letter)).count();
        long compared = nodes.stream().filter(n -> n instanceof Expr.Relation r && (r.op()
                == dev.eqc.compiler.ast.RelOp.EQ || r.op() == dev.eqc.compiler.ast.RelOp.NE)).mapToLong(n -> {
                    Expr.Relation r = (Expr.Relation) n;
                    return (r.left() instanceof Expr.Sym l && l.bare() && l.base().equals(letter) ? 1 : 0)
                            + (r.right() instanceof Expr.Sym q && q.bare() && q.base().equals(letter) ? 1 : 0);
                }).sum();
        return uses > 0 && uses == compared;
    }

    /**
     * Molnar's {@code SST = \sum_{i=1}^n (y^{(i)} - \bar{y})^2} with only {@code y^{(i)} \in \mathbb{R}^{n}} declared:
     * the bar over a declared vector's letter, a name the file neither declares nor defines, is that vector's mean, as
     * statistics writes the sample mean (W0386); it was an undeclared scalar input (W0101). Null otherwise.
     */
    private Term meanOfDeclared(Expr.Sym s) {
        if (!("bar".equals(s.accent()) || "overline".equals(s.accent())) || s.sub() != null || s.sup() != null
                || s.primes() != 0) {
            return null;
        }
        String key = NameKeys.full(new Expr.Sym(s.span(), s.kind(), s.base(), null, null, null, 0));
        Input in = file.input(key);
        for (char c = 'a'; in == null && c <= 'z'; c++) {
            in = file.input(key + "^{(" + c + ")}");   // y^{(i)} \in \mathbb{R}^{n}: the examples' values
        }
        if (in == null || !in.declared() || in.dims() == null || in.dims().size() != 1 || in.labels() != null) {
            return null;
        }
        String name = file.source.slice(s.span()).strip();
        Diagnostic.of(Code.W0386, file.source, s.span(), "`" + name + "` is neither declared nor defined: read as the"
                        + " mean of `" + in.latex() + "`, the sample mean statistics writes with a bar")
                .caret("mean of " + in.latex())
                .help("define it, like `" + name + " = \\frac{1}{n} \\sum_{i=1}^{n} …`, to say so and silence this"
                        + " warning; declare it for a value of its own")
                .report(file.diagnostics);
        return new Term.BuiltinCall(s.span(), Builtin.MEAN, List.of(inputRef(s.span(), in)));
    }

    /**
     * {@code \Delta A} read as one name (an increment, Adadelta's {@code \Delta x}) when neither it is given nor
     * {@code \Delta} and {@code A} are both declared: Mamba's step size times the state matrix, {@code \exp(\Delta
     * A)}, a product. Null otherwise.
     */
    private Term declaredStepTimes(Expr.Sym s) {
        if (s.kind() != SymKind.WORD || !s.base().startsWith("\\Delta ") || s.accent() != null) {
            return null;
        }
        String rest = s.base().substring("\\Delta ".length());
        Expr.Sym delta = new Expr.Sym(s.span(), SymKind.COMMAND, "\\Delta", null, null, null, 0);
        Expr.Sym factor = new Expr.Sym(s.span(), rest.startsWith("\\") ? SymKind.COMMAND : SymKind.LETTERS, rest, null,
                s.sub(), s.sup(), s.primes());
        Expr.Sym bareFactor = new Expr.Sym(s.span(), factor.kind(), rest, null, null, null, 0);
        if (!isBound(NameKeys.full(delta)) || !isBound(NameKeys.full(factor)) && !isBound(NameKeys.full(bareFactor))) {
            return null;
        }
        return new Term.Product(s.span(), new Span(s.span().start(), s.span().start()), sym(delta), sym(factor));
    }

    /** A name written like a size ({@code d}, {@code d_k}, {@code d_{model}}): {@code d} with a subscript or none. */
    static boolean isSizeName(Expr.Sym s) {
        return s.kind() == SymKind.LETTERS && s.base().equals("d") && s.sup() == null && s.primes() == 0
                && s.accent() == null;
    }

    /**
     * An undeclared {@code I}, {@code I_N} (the identity) or {@code \mathbf{1}}, {@code \mathbb{1}},
     * {@code \mathbf{1}_n} (the ones vector), its size written as a dimension or a number or, when
     * bare, implied by its use (docs/LANGUAGE.md, Vocabulary); null for anything else. A declared
     * or defined {@code I} is found before this and wins.
     */
    private Term identityOrOnes(Expr.Sym s) {
        boolean identity = s.kind() == SymKind.LETTERS && s.base().equals("I");
        boolean ones = s.kind() == SymKind.BB && s.base().equals("1");
        if (!identity && !ones || s.sup() != null || s.primes() != 0 || s.accent() != null) {
            return null;
        }
        Term size = null;
        if (s.sub() != null) {
            size = sizeOf(s.sub());
            if (size == null) {
                return null;
            }
        }
        return identity ? identity(s.span(), size) : ones(s.span(), size);
    }

    /** A subscript that is a size: a dimension of the file or a whole number; null otherwise. */
    Term sizeOf(dev.eqc.compiler.ast.Script sub) {
        if (!sub.isSingle()) {
            return null;
        }
        Expr e = sub.single();
        if (e instanceof Expr.Num n && n.value() >= 1 && n.value() == Math.rint(n.value())) {
            return new Term.Literal(n.span(), n.value());
        }
        if (e instanceof Expr.Sym d && d.bare() && scope.indexVar(NameKeys.full(d)) == null) {
            Binding b = find(NameKeys.full(d));
            if (b instanceof Binding.DimensionName || b instanceof Binding.DefinedDimension) {
                return lookup(NameKeys.full(d), d.span());
            }
        }
        return null;
    }

    /**
     * For a subscript whose items are index letters in scope or label elements ({@code y_i}, {@code y}
     * with {@code y} declared as class labels), at least one of them a label element: the label
     * inputs by item (null for an index letter). Null for any other subscript.
     */
    /**
     * {@code \\delta_{k,y}} with {@code k} an index in scope and {@code y \\in \\mathbb{N}} a whole-number input
     * (Szegedy et al.'s label smoothing): 1 where {@code k} is the position {@code y}, counted from 0 as
     * PyTorch's class indices (W0140). Null for any other subscript.
     */
    private Term deltaOfInteger(Expr.Sym s) {
        if (s.sub() == null || s.sup() != null || s.sub().items().size() != 2 || s.kind() != SymKind.COMMAND
                || !s.base().equals("\\delta") || isBound("\\delta") || s.accent() != null) {
            return null;
        }
        IndexVar index = null;
        Input value = null;
        Expr valueAt = null;
        for (Expr item : s.sub().items()) {
            if (!(item instanceof Expr.Sym v) || v.sup() != null) {
                return null;
            }
            IndexVar iv = v.bare() ? scope.indexVar(NameKeys.full(v)) : null;
            Binding b = find(NameKeys.full(v));
            if (iv != null && b == null && index == null) {
                index = iv;
            } else if (b instanceof Binding.InputName in && in.input().integer() && in.input().labels() == null
                    && in.input().dims().isEmpty() && value == null) {
                value = in.input();
                valueAt = v;
            } else {
                return null;
            }
        }
        if (index == null || value == null) {
            return null;
        }
        Diagnostic.of(Code.W0140, file.source, valueAt.span(), "`" + file.source.slice(valueAt.span())
                        + "` is read as a position counted from 0 (as class indices in PyTorch), compared with `"
                        + index.name() + "`")
                .caret("0 is the first position")
                .help("pass `" + file.source.slice(valueAt.span()) + "` counted from 0; positions of `" + index.name()
                        + "` are compared, whatever it counts from")
                .report(file.diagnostics);
        Term position = inputRef(valueAt.span(), value);
        if (index.firstValue() != 0) {
            position = new Term.Arith(valueAt.span(), valueAt.span(), Term.ArithOp.ADD, position,
                    new Term.Literal(valueAt.span(), index.firstValue()));
        }
        return new Term.Compare(s.span(), Term.CompareOp.EQ, new Term.IndexValue(s.span(), index), position);
    }

    /**
     * Whether {@code s}, whose subscript holds label elements, selects by them: always for class labels; for a
     * whole-number scalar ({@code z_y}, {@code y \in \mathbb{N}}) only when the name without the subscript is a
     * declared tensor and the subscripted spelling names nothing ({@code g_t} in an optimiser step stays a name).
     */
    /** Whether {@code s}'s name with its superscript and without its subscript ({@code P^k}) is a declared tensor. */
    private boolean declaredWithLabel(Expr.Sym s) {
        Input in = file.input(NameKeys.full(s.withScripts(s.span(), null, s.sup(), s.primes())));
        return in != null && in.declared() && in.dims() != null && !in.dims().isEmpty()
                && !isBound(NameKeys.full(s)) && !file.wasDeclared(NameKeys.full(s));
    }

    private boolean selectsByLabels(Expr.Sym s) {
        if (labelElements(s.sub()).stream().allMatch(in -> in == null || in.labels() != null)) {
            return true;
        }
        Expr.Sym base = s.withScripts(s.span(), null, s.sup(), s.primes());
        Input whole = file.input(NameKeys.full(base));
        PendingDefinition defined = file.definition(NameKeys.full(base));
        // \bar{\alpha}_t with \bar{\alpha}_s = \prod_{i=1}^{s} \alpha_i defined element by element and t \in
        // \mathbb{N} an input: its element at t, as of a declared vector (was an undeclared scalar input)
        boolean elementWise = defined != null && !defined.function() && defined.indexLetters().size()
                == s.sub().items().size() && whole == null;
        return (whole != null && whole.declared() && whole.dims() != null && !whole.dims().isEmpty() || elementWise)
                && !isBound(NameKeys.full(s)) && !file.wasDeclared(NameKeys.full(s))
                && file.definition(NameKeys.full(s)) == null;
    }

    /**
     * Whether the subscript of the label vector {@code S_{t+1}} is a shifted position of indices in scope
     * ({@code V(S_{t+1})} beside {@code V(S_t)}, Sutton &amp; Barto's TD error over an episode): the label read at
     * that position (its own W0170), so the table is read there too. Was a product of the table and the label.
     */
    private boolean shiftedIndices(Expr.Sym label) {
        List<OffsetSubscript.Item> items = OffsetSubscript.of(label.sub());
        return items != null && scope.hasIndices()
                && OffsetSubscript.letters(items).stream().allMatch(l -> scope.indexVar(l) != null && !isBound(l));
    }

    List<Input> labelElements(dev.eqc.compiler.ast.Script sub) {
        List<Input> out = new ArrayList<>();
        boolean any = false;
        for (Expr item : sub.items()) {
            // An index may be primed: q(s_{t+1}, a') under \sum_{a'} (Munchausen DQN).
            if (item instanceof Expr.Sym letter && letter.sub() == null && letter.sup() == null && letter.accent() == null
                    && scope.indexVar(NameKeys.full(letter)) != null && !isBound(NameKeys.full(letter))) {
                out.add(null);
                continue;
            }
            if (!(item instanceof Expr.Sym label) || label.sup() != null || label.accent() != null) {
                return null;
            }
            Binding whole = label.sub() != null ? find(NameKeys.full(label)) : null;
            Input labelled = whole instanceof Binding.InputName single ? single.input()
                    : whole instanceof Binding.ParamName param ? param.param().declaration() : null;
            if (labelled != null && labelled.selecting() != null && labelled.dims().isEmpty()) {
                // \theta_{y_i} with `y_i \in \{1, \dots, c\}` declared: one label, named with its subscript; also
                // a parameter named so (the skip-gram's p(w_O | w_I) with w_O, w_I \in \mathbb{N} declared).
                out.add(labelled);
                any = true;
                continue;
            }
            Expr.Sym name = label.withScripts(label.span(), null, null, label.primes());
            Binding b = find(NameKeys.full(name));
            // A parameter named like a declared label (\mathrm{CB}(\mathbf{z}, y) with y declared) is that label, and
            // so are its elements (PyTorch's NLLLoss: \ell(x, y) = \sum_{n=1}^N \frac{1}{\sum_{n=1}^N w_{y_n}} l_n).
            Input in = b instanceof Binding.InputName n ? n.input()
                    : b instanceof Binding.ParamName p ? p.param().declaration() : null;
            if (in == null || in.selecting() == null) {
                return null;
            }
            if (label.sub() != null && indicesOf(label) == null && !shiftedIndices(label)) {
                return null;
            }
            out.add(in);
            any = true;
        }
        return any ? out : null;
    }

    /**
     * {@code base} selected by the subscript {@code sub} of index letters and label elements: for each
     * label element a sum over the classes {@code k} of the terms where the label equals {@code k},
     * {@code \sum_k [y_i = k] \, p_{i,k}} (one term is selected: the value is exactly {@code p_{i, y_i}},
     * and the gradient flows into the selected element). Labels declared {@code \{1, \dots, K\}} count
     * from 1; labels declared over {@code \mathbb{N}} or {@code \mathbb{Z}} count from 0 (W0140).
     */
    Term gather(Span at, Term base, dev.eqc.compiler.ast.Script sub) {
        List<Input> labels = labelElements(sub);
        List<IndexVar> vars = new ArrayList<>();
        List<IndexVar> classes = new ArrayList<>();
        Term condition = null;
        for (int k = 0; k < sub.items().size(); k++) {
            Expr item = sub.items().get(k);
            Input in = labels.get(k);
            if (in == null) {
                vars.add(scope.indexVar(NameKeys.full((Expr.Sym) item)));
                continue;
            }
            Input.Labels l = in.selecting();
            Term lower = null;
            Term upper = null;
            IndexVar own = base instanceof Term.ValueRef v && v.definition() != null
                    && v.definition().indices().size() == sub.items().size() ? v.definition().indices().get(k) : null;
            if (l.count() != null) {
                Term count = l.count().asTerm(item.span());
                lower = new Term.Literal(item.span(), l.first());
                upper = l.first() == 1 ? count : new Term.Arith(item.span(), item.span(), Term.ArithOp.SUB, count,
                        new Term.Literal(item.span(), 1.0));
            } else if (own != null && own.lower() != null && own.firstValue() != 0) {
                // \bar{\alpha}_t of \bar{\alpha}_s = \prod_{i=1}^{s} \alpha_i: t is a value of s, counted as s counts
                lower = own.lower();
                upper = own.upper();
                Diagnostic.of(Code.W0140, file.source, item.span(), "the values of `" + in.latex() + "` are read as"
                                + " values of `" + own.name() + "`, the index `" + file.source.slice(at).replaceAll(
                                "_.*", "") + "` is defined over, which counts from " + own.firstValue())
                        .caret(own.firstValue() + " selects the first element")
                        .help(Input.countingHelp(in))
                        .report(file.diagnostics);
            } else {
                Diagnostic.of(Code.W0140, file.source, item.span(), "the values of `" + in.latex()
                                + "` are read as positions counted from 0 (as class indices in PyTorch)")
                        .caret("0 selects the first element")
                        .help(Input.countingHelp(in))
                        .report(file.diagnostics);
            }
            IndexVar c = new IndexVar(IndexVar.CLASSES, item.span(), lower, upper, List.of());
            vars.add(c);
            classes.add(c);
            Term label = body.expr(item);
            Term eq = new Term.Compare(item.span(), Term.CompareOp.EQ, label, new Term.IndexValue(item.span(), c));
            condition = condition == null ? eq : new Term.Arith(item.span(), item.span(), Term.ArithOp.MUL, condition, eq);
        }
        Term selected = new Term.Where(at, condition, indexOf(at, base, vars), new Term.Literal(at, 0.0));
        for (int k = classes.size() - 1; k >= 0; k--) {
            selected = new Term.Reduce(at, Term.ReduceOp.SUM, classes.get(k), selected);
        }
        return selected;
    }

    /**
     * {@code base} indexed by {@code vars}. An element-wise or last-axis built-in of an input's element
     * ({@code \mathrm{softmax}(z_i)_k}) is the built-in of the whole input, indexed:
     * {@code \mathrm{softmax}(z)_{ik}} (the same numbers, computed once, and differentiable as a whole).
     */
    static Term indexOf(Span at, Term base, List<IndexVar> vars) {
        if (base instanceof Term.BuiltinCall call && call.args().size() == 1
                && (call.builtin().kind() == Builtin.Kind.UNARY || call.builtin().kind() == Builtin.Kind.LAST_AXIS)
                && call.args().get(0) instanceof Term.Index inner && (inner.base() instanceof Term.InputRef
                || inner.base() instanceof Term.ValueRef) && java.util.Collections.disjoint(inner.indices(), vars)) {
            List<IndexVar> all = new ArrayList<>(inner.indices());
            all.addAll(vars);
            return new Term.Index(at, new Term.BuiltinCall(call.span(), call.builtin(), List.of(inner.base())), all);
        }
        return new Term.Index(at, base, vars);
    }

    /**
     * {@code c_1}, {@code X_{1,j}}: an element (or row) of a declared tensor or a parameter chosen by a
     * number, when the subscripted name itself is not declared. The number counts from 1 (the first)
     * unless the file writes the same name with subscript 0; either way W0140 names the element chosen.
     * Null for anything else.
     */
    /**
     * {@code p_{0i}}, {@code g_{1i}} (Tversky et al.: class 0 or 1 at voxel i): one subscript item that is a whole
     * number juxtaposed with a bare index letter is two items, the number then the index, as {@code p_{0,i}};
     * the items unchanged otherwise (the caller keeps the split only for a tensor of as many axes).
     */
    private List<Expr> numberBesideIndex(List<Expr> items) {
        if (items.size() == 1 && items.get(0) instanceof Expr.Binary j && j.op() == dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                && j.left() instanceof Expr.Num n && n.text().matches("[0-9]") && j.right() instanceof Expr.Sym letter
                && letter.bare() && letter.kind() == SymKind.LETTERS && letter.base().length() == 1
                && scope.indexVar(NameKeys.full(letter)) != null && !isBound(NameKeys.full(letter))) {
            return List.of(n, letter);
        }
        return items;
    }

    /**
     * {@code s_T}, {@code \bar{\alpha}_T} with {@code \bar{\alpha} \in \mathbb{R}^{T}} declared (zero-terminal SNR's
     * rescaled schedule): a declared vector subscripted by the name of its own length is its last element, counting
     * from 1 as the subscript does (W0140). Was an undeclared scalar the run asked for (W0101). Null for anything else,
     * and when the file also writes the vector with the subscript 0 (then T would be past its end).
     */
    private Term elementAtSize(Expr.Sym s) {
        if (s.sub() == null || s.sup() != null || !s.sub().isSingle() || !(s.sub().single() instanceof Expr.Sym size)
                || !size.bare() || !file.isDimension(NameKeys.full(size)) || scope.indexVar(NameKeys.full(size)) != null) {
            return null;
        }
        int baseEnd = s.sub().span().start();
        if (baseEnd > s.span().start() && file.source.text().charAt(baseEnd - 1) == '_') {
            baseEnd--;
        }
        Expr.Sym base = s.withScripts(new Span(s.span().start(), baseEnd), null, null, s.primes());
        Binding b = find(NameKeys.full(base));
        boolean declaredVector = b instanceof Binding.InputName in && in.input().declared() && in.input().dims() != null
                && in.input().dims().size() == 1 && in.input().dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol axis
                && axis.name().equals(NameKeys.full(size));
        // s_T after s_t = \sqrt{\bar{\alpha}_t}: a vector the file defines element by element over one index; the
        // position's range is tied to T below, so an s over another axis is E0304, never a silent 0
        boolean definedVector = b instanceof Binding.DefinitionName d && d.definition().indexLetters().size() == 1
                && !d.definition().function() && d.definition() != this.body.def;
        if (!declaredVector && !definedVector) {
            return null;
        }
        String baseLatex = file.source.slice(base.span()).strip();
        if (java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(baseLatex) + "_(?:0(?![0-9])|\\{\\s*0\\s*\\})")
                .matcher(file.source.text()).find()) {
            return null;
        }
        Diagnostic.of(Code.W0140, file.source, s.span(), "`" + file.source.slice(s.span()).strip() + "` is read as the last"
                        + " element of `" + baseLatex + "`, whose length is `" + file.source.slice(size.span()).strip()
                        + "`: counting from 1, as the subscript does")
                .caret("the last element")
                .help("declare `" + file.source.slice(s.span()).strip() + "` as its own input if it is another value")
                .report(file.diagnostics);
        Term lastPosition = new Term.Arith(s.span(), s.span(), Term.ArithOp.SUB, body.expr(size),
                new Term.Literal(s.span(), 1.0));
        IndexVar c = new IndexVar(IndexVar.CLASSES, s.sub().span(), new Term.Literal(s.span(), 0.0), lastPosition,
                List.of());
        Term at = new Term.Compare(s.span(), Term.CompareOp.EQ, new Term.IndexValue(s.span(), c), lastPosition);
        return new Term.Reduce(s.span(), Term.ReduceOp.SUM, c, new Term.Where(s.span(), at,
                indexOf(s.span(), lookup(NameKeys.full(base), base.span()), List.of(c)), new Term.Literal(s.span(), 0.0)));
    }

    private Term numberedElement(Expr.Sym s) {
        if (s.sub() == null || s.sup() != null) {   // \bar{\alpha}_1 of a declared \bar{\alpha} too
            return null;
        }
        boolean anyNumber = false;
        List<Expr> items = numberBesideIndex(s.sub().items());
        for (Expr item : items) {
            if (item instanceof Expr.Num n && n.text().matches("[0-9]+")) {
                anyNumber = true;
            } else if (!(item instanceof Expr.Sym letter && letter.bare() && scope.indexVar(NameKeys.full(letter)) != null
                    && !isBound(NameKeys.full(letter)))) {
                return null;
            }
        }
        if (!anyNumber) {
            return null;
        }
        int baseEnd = s.sub().span().start();
        if (baseEnd > s.span().start() && file.source.text().charAt(baseEnd - 1) == '_') {
            baseEnd--;   // x_2; x2 (a letter before a number) has no underscore
        }
        Expr.Sym base = s.withScripts(new Span(s.span().start(), baseEnd), null, null, s.primes());
        Binding b = find(NameKeys.full(base));
        boolean tensor = b instanceof Binding.ParamName
                || b instanceof Binding.InputName in && in.input().declared() && !in.input().dims().isEmpty()
                // s_1 after s_t = \sqrt{\bar{\alpha}_t} (zero-terminal SNR): a vector the file defines by its elements
                || b instanceof Binding.DefinitionName d && d.definition().indexLetters().size() == 1
                        && !d.definition().function() && d.definition() != body.def && items.size() == 1;
        if (!tensor || items.size() != s.sub().items().size() && !(b instanceof Binding.InputName in
                && in.input().dims().size() == items.size())) {
            return null;   // p_{0i} is (0, i) only for a tensor of as many axes
        }
        String baseLatex = file.source.slice(base.span());
        Input declaredVector = b instanceof Binding.InputName vector ? vector.input()
                : b instanceof Binding.ParamName param ? param.param().declaration() : null;
        if (items.size() == 1 && items.get(0) instanceof Expr.Num zero && zero.text().equals("0")
                && declaredVector != null && declaredVector.dims() != null && declaredVector.dims().size() == 1
                && (wholeInProduct(NameKeys.full(base)) || summedFromOne(base, declaredVector))) {
            // PRML's y(\mathbf{x}) = \mathbf{w}^{\mathrm{T}}\mathbf{x} + w_0 ("w_0 is a bias"), scikit-learn's X_i w + w_0:
            // the whole w is already in the product, so w_0 as its first entry would be counted twice; yet PRML's
            // w_0 + \sum_{j=1}^{M-1} w_j \phi_j(\mathbf{x}) means that entry. It was the entry, warned (W0140).
            return body.error(Code.E0362, s.span(), "`" + file.source.slice(s.span()).strip() + "` beside every entry of `"
                            + baseLatex + "` (the whole vector in a product, or summed from 1 to its length): a separate"
                            + " bias, or the first entry of `" + baseLatex + "`, already read there? eqc cannot tell",
                    "if it is a bias, declare it as its own input (`" + file.source.slice(s.span()).strip()
                            + " \\in \\mathbb{R}`); if it is the first entry, write the product without it");
        }
        // x_0, x_{0}, p_{0,i}, p_{0i} (Tversky's class 0 at voxel i): the file counts x's positions from 0.
        boolean fromZero = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(baseLatex)
                + "_(?:0(?![0-9])|\\{\\s*0\\s*(?:\\}|,|[a-z]\\s*\\}))").matcher(file.source.text()).find();
        Term baseTerm = lookup(NameKeys.full(base), base.span());
        List<IndexVar> vars = new ArrayList<>();
        Term condition = null;
        List<IndexVar> chosen = new ArrayList<>();
        StringBuilder positions = new StringBuilder();
        for (Expr item : items) {
            if (item instanceof Expr.Num n) {
                int number = Integer.parseInt(n.text());
                int position = fromZero ? number : number - 1;
                if (position < 0) {
                    return body.error(Code.E0304, item.span(), "`" + file.source.slice(s.span())
                            + "` counts from 1 here, so 0 names no element of `" + baseLatex + "`",
                            "count from 1, or declare `" + file.source.slice(s.span()) + "` as its own input");
                }
                IndexVar c = new IndexVar(IndexVar.CLASSES, item.span(), null, null, List.of());
                vars.add(c);
                chosen.add(c);
                Term eq = new Term.Compare(item.span(), Term.CompareOp.EQ, new Term.IndexValue(item.span(), c),
                        new Term.Literal(item.span(), position));
                condition = condition == null ? eq
                        : new Term.Arith(item.span(), item.span(), Term.ArithOp.MUL, condition, eq);
                positions.append(positions.length() == 0 ? "" : ", ").append(position);
            } else {
                vars.add(scope.indexVar(NameKeys.full((Expr.Sym) item)));
            }
        }
        Diagnostic.of(Code.W0140, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as an element of `"
                        + baseLatex + "` chosen by number, counting from " + (fromZero ? "0" : "1")
                        + (fromZero ? " (the file also writes `" + baseLatex + "` with the subscript 0)" : ""))
                .caret("position " + positions + " counted from 0")
                .help(fromZero ? "declare `" + file.source.slice(s.span()) + "` as its own input if it is another tensor"
                        : "write `" + baseLatex + "_0` somewhere for counting from 0, or declare `"
                                + file.source.slice(s.span()) + "` as its own input if it is another tensor")
                .report(file.diagnostics);
        Term selected = new Term.Where(s.span(), condition, indexOf(s.span(), baseTerm, vars), new Term.Literal(s.span(), 0.0));
        for (int k = chosen.size() - 1; k >= 0; k--) {
            selected = new Term.Reduce(s.span(), Term.ReduceOp.SUM, chosen.get(k), selected);
        }
        return selected;
    }

    /**
     * {@code q^-_{a^*}} after {@code a^* = \arg\max_a q_a} (Double DQN's target), {@code p_{\hat{y}}}: a declared
     * tensor subscripted by a value the file defines as an arg max or arg min (a position counted from 0, as eqc's
     * arg max gives it) is its element there, {@code \sum_c [c = a^*] q^-_c}; index letters in scope may stand beside
     * it. With fewer subscripts than axes it is the row there: VQ-VAE's {@code z_q(x) = e_k} after {@code k =
     * \mathrm{argmin}_j \|z_e(x) - e_j\|_2}, the nearest codebook vector (was an undeclared input {@code e_k}).
     * Null unless the subscripted name names nothing else.
     */
    private Term elementAtArgMax(Expr.Sym s) {
        if (s.sub() == null || s.accent() != null) {
            return null;
        }
        boolean any = false;
        for (Expr item : s.sub().items()) {
            if (item instanceof Expr.Sym d && find(NameKeys.full(d)) instanceof Binding.DefinitionName def
                    && isArgMax(def.definition())) {
                any = true;
            } else if (!(item instanceof Expr.Sym letter && letter.bare() && scope.indexVar(NameKeys.full(letter)) != null
                    && !isBound(NameKeys.full(letter)))) {
                return null;
            }
        }
        Expr.Sym base = s.withScripts(s.span(), null, s.sup(), s.primes());
        Binding b = any ? find(NameKeys.full(base)) : null;
        if (!(b instanceof Binding.InputName in && in.input().declared() && in.input().dims() != null
                && in.input().dims().size() >= s.sub().items().size() && in.input().labels() == null)) {
            return null;
        }
        Span at = s.span();
        Term baseTerm = lookup(NameKeys.full(base), base.span());
        List<IndexVar> vars = new ArrayList<>();
        List<IndexVar> chosen = new ArrayList<>();
        Term condition = null;
        for (Expr item : s.sub().items()) {
            IndexVar v = scope.indexVar(NameKeys.full((Expr.Sym) item));
            if (v != null && !isBound(NameKeys.full((Expr.Sym) item))) {
                vars.add(v);
                continue;
            }
            IndexVar c = new IndexVar(IndexVar.CLASSES, item.span(), null, null, List.of());
            vars.add(c);
            chosen.add(c);
            Term eq = new Term.Compare(item.span(), Term.CompareOp.EQ, new Term.IndexValue(item.span(), c), body.expr(item));
            condition = condition == null ? eq : new Term.Arith(item.span(), item.span(), Term.ArithOp.MUL, condition, eq);
        }
        Term selected = new Term.Where(at, condition, indexOf(at, baseTerm, vars), new Term.Literal(at, 0.0));
        for (int k = chosen.size() - 1; k >= 0; k--) {
            selected = new Term.Reduce(at, Term.ReduceOp.SUM, chosen.get(k), selected);
        }
        return selected;
    }

    /** Whether a definition of no parameters and no indices is an arg max or arg min ({@code a^* = \arg\max_a q_a}). */
    private static boolean isArgMax(PendingDefinition d) {
        if (d.function() || !d.params().isEmpty() || !d.indexLetters().isEmpty()) {
            return false;
        }
        // Only over a bare index (\arg\max_a), whose positions count from 0 like the tensor's: under
        // \arg\max_{a=1}^{A} the arg max counts from 1, and picking by it would be one off.
        return CallResolver.isArgMaxOverLetter(d.rhs());
    }

    /**
     * Bishop's Bayesian linear regression, {@code \mathbf{S}_N^{-1} = \alpha \mathbf{I} + \beta \Phi^T \Phi} then
     * {@code \mathbf{m}_N = \beta \mathbf{S}_N \Phi^T \mathbf{t}}: a name used where only its inverse is defined or
     * declared is the inverse of that, a covariance beside its precision (W0102); null otherwise.
     */
    private Term inverseOfInverse(Expr.Sym s) {
        return throughPower(s, "1", "-1", -1.0, "the inverse", k -> "(" + k + ")^{-1}");
    }

    /**
     * {@code \hat{\sigma}} used where only {@code \hat{\sigma}^2} is defined or declared: the square root of it,
     * as a standard deviation beside its variance reads (W0102); null otherwise.
     */
    private Term rootOfSquare(Expr.Sym s) {
        return throughPower(s, "2", "2", 0.5, "the square root", k -> "\\sqrt{" + k + "}");
    }

    /**
     * {@code s} read through the power of it the file defines or declares: {@code s^{key}} exists, so {@code s} is
     * that value to the power {@code exponent} (W0102); null when {@code s} has a superscript, is a word, or no
     * {@code s^{key}} is defined or declared.
     */
    private Term throughPower(Expr.Sym s, String number, String key, double exponent, String what,
            java.util.function.UnaryOperator<String> written) {
        if (s.sup() != null || s.kind() == SymKind.WORD) {
            return null;
        }
        dev.eqc.compiler.ast.Script script = new dev.eqc.compiler.ast.Script(s.span(),
                List.of(new Expr.Num(s.span(), number)), key);
        String powered = NameKeys.full(s.withScripts(s.span(), s.sub(), script, s.primes()));
        Binding b = find(powered);
        if (!(b instanceof Binding.DefinitionName || b instanceof Binding.InputName in && in.input().declared())) {
            return null;
        }
        String name = file.source.slice(s.span());
        Diagnostic.of(Code.W0102, file.source, s.span(), "`" + name + "` is not defined; it is read as " + what + " of `"
                        + powered + "`, which is")
                .caret("read as " + written.apply(powered))
                .help("define or declare `" + name + "` to mean something else")
                .report(file.diagnostics);
        return new Term.Power(s.span(), lookup(powered, s.span()), new Term.Literal(s.span(), exponent));
    }

    /**
     * {@code \mathbf{x}_i} with only {@code \mathbf{X}} declared (a matrix of examples, one per row): row i of
     * X, as papers name the rows of a data matrix (W0102); null when the capital is not a declared tensor of
     * at least {@code indices} axes, or the letter is not a single Latin lower-case letter.
     */
    private Term rowsOfCapital(Expr.Sym base, int indices) {
        if (base.sup() != null || base.sub() != null || base.primes() != 0) {
            return null;
        }
        String key = declaredCapital(base, indices);
        if (key == null && base.kind() == SymKind.LETTERS && base.base().length() == 1
                && Character.isLowerCase(base.base().charAt(0))
                && scope.param(base.base().toUpperCase(java.util.Locale.ROOT)) != null) {
            key = base.base().toUpperCase(java.util.Locale.ROOT);   // a parameter X of the function being defined
        }
        if (key == null) {
            return null;
        }
        String name = file.source.slice(base.span());
        String declared = file.input(key) != null ? file.input(key).latex() : key;
        Diagnostic.of(Code.W0102, file.source, base.span(), "`" + name + "` is not declared; its elements are read as the "
                        + (indices == 1 ? "rows" : "elements") + " of `" + declared + "`")
                .caret("read as `" + declared + "`")
                .help("declare `" + name + "` to mean another tensor")
                .report(file.diagnostics);
        return lookup(key, base.span());
    }

    /**
     * The key of the declared capital of a single lower-case Latin letter ({@code X} for {@code \mathbf{x}}), when
     * it has at least {@code minRank} axes: the data matrix whose rows papers name {@code x_i} or {@code x^{(i)}}.
     */
    private String declaredCapital(Expr.Sym base, int minRank) {
        Expr.Sym capital;
        if (base.kind() == SymKind.COMMAND && FEATURE_LETTERS.containsKey(base.base())) {
            // Bishop's \boldsymbol{\phi}_n, row n of the design matrix \Phi (not \sigma of \Sigma: a covariance)
            capital = new Expr.Sym(base.span(), SymKind.COMMAND, FEATURE_LETTERS.get(base.base()), base.accent(), null,
                    null, 0);
        } else if (base.kind() != SymKind.LETTERS || base.base().length() != 1
                || !Character.isLowerCase(base.base().charAt(0))) {
            return null;
        } else {
            capital = new Expr.Sym(base.span(), SymKind.LETTERS, base.base().toUpperCase(java.util.Locale.ROOT),
                    base.accent(), null, null, 0);
        }
        Input upper = file.input(NameKeys.full(capital));
        return upper != null && upper.declared() && upper.dims() != null && upper.dims().size() >= minRank
                ? NameKeys.full(capital) : null;
    }

    /** The ones vector, of {@code size} or (null) of the size its use implies. */
    static Term ones(Span at, Term size) {
        IndexVar i = new IndexVar(IndexVar.ONES, at, size == null ? null : new Term.Literal(at, 1.0), size, List.of());
        return new Term.Stack(at, List.of(i), new Term.Literal(at, 1.0), new Term.Literal(at, 1.0));
    }

    /** The identity matrix, of {@code size} or (null) of the size its use implies. */
    static Term identity(Span at, Term size) {
        Term lower = size == null ? null : new Term.Literal(at, 1.0);
        IndexVar i = new IndexVar(IndexVar.IDENTITY, at, lower, size, List.of());
        IndexVar j = new IndexVar(IndexVar.IDENTITY, at, lower, size, List.of(), i);
        return new Term.Stack(at, List.of(i, j), new Term.Compare(at, Term.CompareOp.EQ, new Term.IndexValue(at, i),
                new Term.IndexValue(at, j)), new Term.Literal(at, 1.0));
    }

    static boolean isEuler(Expr.Sym s) {
        return (s.kind() == SymKind.LETTERS || s.kind() == SymKind.WORD) && s.base().equals("e") && s.bare();
    }

    boolean isSplittableRun(Expr.Sym s) {
        return s.kind() == SymKind.LETTERS && s.base().length() > 1 && s.accent() == null
                && !isBound(NameKeys.withSub(s)) && !isBound(s.base());
    }

    /** {@code QK^T} is {@code Q K^T}: a product of letters, the scripts on the last one. */
    private Term splitRun(Expr.Sym s) {
        String letters = s.base();
        // The letters' own offset: a styled run (\mathbf{QK}) starts after its command.
        int found = file.source.text().indexOf(letters, s.span().start());
        int start = found >= 0 && found < s.span().end() ? found : s.span().start();
        Term result = null;
        for (int i = 0; i < letters.length(); i++) {
            boolean last = i == letters.length() - 1;
            Span span = last ? new Span(start + i, s.span().end()) : new Span(start + i, start + i + 1);
            Expr.Sym letter = new Expr.Sym(span, SymKind.LETTERS, String.valueOf(letters.charAt(i)), null,
                    last ? s.sub() : null, last ? s.sup() : null, last ? s.primes() : 0);
            Term t = sym(letter);
            result = result == null ? t
                    : new Term.Product(new Span(s.span().start(), span.end()), new Span(span.start(), span.start()), result,
                            t);
        }
        return result;
    }
}
