package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Bracket;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import dev.eqc.compiler.ast.UnaryOp;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Param;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves one definition's right-hand side into a {@link Term} (SPEC 2.3). This class reads the
 * expression forms and arithmetic; names are {@link NameResolver}'s, applications, axis forms and
 * gradients {@link CallResolver}'s, reductions {@link ReductionResolver}'s, and family members and
 * strided subscripts {@link SubscriptForms}'. What the body binds and uses is its {@link BodyScope}.
 *
 * <p>Errors are reported where they are found and the failed part becomes {@code NaN}, so the rest
 * of the body is still checked; a body with errors resolves to {@link Resolved.Failed}.
 */
final class BodyResolver {
    final FileScope file;
    final Definitions definitions;
    final PendingDefinition def;
    final BodyScope scope = new BodyScope();
    final NameResolver names;
    final CallResolver calls;
    final ReductionResolver reductions;
    final SubscriptForms subscripts;
    final SetReductions sets = new SetReductions(this);
    final WholeSets wholeSets = new WholeSets(this);
    private final SumContinuations continuations = new SumContinuations(this);
    /** Index letters whose upper-case letter is their range ({@code b} over {@code B}), by letter: that size. */
    final java.util.Map<String, String> sizeLetters = new java.util.HashMap<>();

    BodyResolver(FileScope file, Definitions definitions, PendingDefinition def) {
        this.file = file;
        this.definitions = definitions;
        this.def = def;
        this.names = new NameResolver(this);
        this.calls = new CallResolver(this);
        this.reductions = new ReductionResolver(this);
        this.subscripts = new SubscriptForms(this);
    }

    /** The definition: a {@link Definition}, a {@link Constant} it folds to, or failed after an error. */
    Resolved resolve() {
        List<StridedDefinitions.Part> strided = file.stridedParts(def);
        if (strided != null) {
            return StridedDefinitions.resolve(file, definitions, def, strided);
        }
        for (Expr.Sym p : def.params()) {
            String key = NameKeys.full(p);
            Input namesake = file.input(key);
            if (namesake != null && file.localParameters.contains(def.key())) {
                Diagnostic.of(Code.W0265, file.source, p.span(), "parameter `" + file.source.slice(p.span()).strip()
                                + "` of `" + def.latexName() + "` is not the declared input `" + namesake.latex()
                                + "`: with that shape " + (file.localBodies.contains(def.key())
                                        ? "the body does not check" : "a call does not fit")
                                + ", so each call gives the parameter its shape")
                        .caret("local to `" + def.latexName() + "`")
                        .label(namesake.span(), "declared for the file here")
                        .help("rename the parameter (`" + def.latexName() + "(u)`) to make the two names visibly"
                                + " different, or declare the input with the shape every call passes")
                        .report(file.diagnostics);
                namesake = null;
            }
            scope.addParam(new Param(key, file.source.slice(p.span()), JavaNames.of(p, true), p.span(), namesake));
        }
        IndexVar row = def.layout() == PendingDefinition.Layout.COLUMNS ? columnRows() : null;
        bindLeftIndices();
        SizeLetters.read(this);
        int errorsBefore = file.diagnostics.errorCount();
        Term kept = leftIndexCut();
        Term body = KeptAxes.mark(Stabilizer.stabilize(expr(def.rhs())));
        if (kept != null) {
            // \alpha_{ij} = … \quad \forall j \leq i (W0471): 0 outside the stated comparison.
            body = new Term.Where(kept.span(), kept, body, new Term.Literal(kept.span(), 0.0));
        }
        if (def.diagonal()) {
            body = diagonalMatrix(body);
        }
        if (row != null) {
            // U_{*,i} = v: U's element (r, i) is element r of the column v, so U has one column per i.
            body = new Term.Index(body.span(), body, List.of(row));
        }
        if (def.indexLetters().size() >= 2) {
            body = sets.normalisedOverSet(def, body);
        }
        if (file.diagnostics.errorCount() > errorsBefore) {
            return new Resolved.Failed();
        }
        List<IndexVar> leftIndices = scope.leftIndices();
        if (scanStep != null) {
            body = scan(body);
            if (body == null) {
                return new Resolved.Failed();
            }
            leftIndices = List.of();   // the scan's value is the stacked states: its step axis is already there
        }
        if (!def.function() && def.resultName() == null && scope.leftIndices().isEmpty()) {
            Double folded = ConstantFolder.fold(body);
            if (folded != null) {
                return new Resolved.Folded(new Constant(def.key(), def.latexName(),
                        file.valueNames().allocate(JavaNames.of(def.nameSym(), true)), def.nameSpan(), folded));
            }
        }
        List<Param> params = scope.params();
        if (def.function()) {
            params = notationalParameters(body);
            if (params.size() < scope.params().size()) {
                body = renumberParameters(body, params);
            }
        }
        boolean generic = def.function() && GenericFunctions.isGeneric(file, def.latexName(), params, body);
        if (!freeDims.isEmpty()) {
            body = generic ? bindFreeDimensions(body) : freeDimensionsAsInputs(body);
            if (file.diagnostics.errorCount() > errorsBefore) {
                return new Resolved.Failed();
            }
        }
        String spelled = def.resultName() != null ? def.resultName() : JavaNames.of(def.nameSym(), true);
        String javaName = file.methodNames().allocate(JavaNames.methodName(spelled), spelled);
        Definition definition = new Definition(def.key(), def.latexName(), javaName, def.span(), def.nameSpan(),
                def.function(), params, scope.freeInputs(params), leftIndices, body, def.comment(),
                file.source.slice(def.span()));
        if (generic) {
            // A function whose parameters were made local because their namesakes did not fit a call has no
            // method at those namesakes (W0265).
            return new Resolved.Generic(definition,
                    file.localParameters.contains(def.key()) ? null : atNamesakes(definition));
        }
        return new Resolved.Defined(definition);
    }

    /** The step of the recurrence this definition is, once its body read the state ({@code x_{k-1}}); else null. */
    private IndexVar scanStep;

    /**
     * {@code x_{k-1}} in a recurrence over a declared sequence ({@link Recurrences}): the state the step before
     * left. Null for any other name, and when the step letter is no left-hand index here (then the old reading
     * stands: a definition in terms of itself, E0105).
     */
    Term scanState(Expr.Sym s) {
        Recurrences.Recurrence r = file.recurrence(def.rhs());
        if (r == null || !r.selfReads().contains(s.span()) || def.function()) {
            return null;
        }
        IndexVar k = scope.indexVar(r.letter());
        if (k == null || !scope.leftIndices().equals(List.of(k))) {
            return null;
        }
        scanStep = k;
        return new Term.ScanState(s.span(), k);
    }

    /**
     * The body of a recurrence made the scan it means (W0380): the state starts at the stated initial state or
     * at zero, and the step letter may only select a step of a sequence ({@code u_k}, E0346).
     */
    private Term scan(Term body) {
        Recurrences.Recurrence r = file.recurrence(def.rhs());
        for (Term t : dev.eqc.compiler.term.TermTrees.preorder(body)) {
            if (t instanceof Term.Index ix && ix.indices().contains(scanStep)
                    && (ix.indices().size() != 1 || ix.indices().get(0) != scanStep)) {
                error(Code.E0346, ix.span(), "`" + file.source.slice(ix.span()) + "` reads the step `" + r.letter()
                                + "` of the recurrence `" + def.latexName() + "` beside other indices; eqc runs the"
                                + " recurrence step by step and reads only whole steps of a sequence (`u_"
                                + r.letter() + "`)",
                        "give the step its own name (`U_" + r.letter() + " \\in …`), or declare `"
                                + file.source.slice(ix.span()) + "` as an input to read the recurrence as one step");
                return null;
            }
        }
        Term initial = r.initialKey() == null ? new Term.Literal(def.span(), 0.0)
                : names.lookup(r.initialKey(), def.nameSpan());
        if (initial == null) {
            return null;
        }
        String start = r.initialKey() == null ? "from zero (nothing in the file states `" + def.latexName() + "` "
                + (r.backward() ? "after the last step" : "before the first step") + ")"
                : "from `" + r.initialLatex() + "`";
        Diagnostic.of(Code.W0380, file.source, def.nameSpan(), "`" + def.latexName() + "_" + r.letter() + "` reads itself one step "
                        + (r.backward() ? "ahead" : "back") + " and `" + r.letter() + "` runs over the sequence `"
                        + r.sequence() + "`: read as the whole recurrence, run " + (r.backward()
                        ? "backward from the last step" : "forward from the first step") + " " + start
                        + "; the value is every step's, stacked")
                .caret((r.backward() ? "backward" : "forward") + " over `" + r.letter() + "`, " + (r.initialKey() == null
                        ? "starting from 0" : "starting from `" + r.initialLatex() + "`"))
                .help(r.initialKey() == null ? "state the start on a line of its own (`" + (r.backward()
                        ? def.latexName() + "_T = 0" : def.latexName() + "_0 = 0") + "`) to confirm it; to compute one step, declare the"
                        + " previous state and the step's inputs (`" + def.latexName() + "_{" + r.letter() + (r.backward()
                        ? "+1" : "-1") + "} \\in …`)"
                        : "to compute one step, declare the previous state and the step's inputs (`" + def.latexName()
                        + "_{" + r.letter() + (r.backward() ? "+1" : "-1") + "} \\in …`)")
                .report(file.diagnostics);
        return new Term.Scan(def.span(), scanStep, r.backward(), initial, body);
    }

    /** Set when a call here left out an argument because the callee's parameter is notation ({@code r_t(\\theta)}). */
    boolean readsUndefinedFunctions;

    /**
     * The parameters the function keeps: a parameter its body never uses, in a body that reads the value of a
     * function the file does not define ({@code r_t(\\theta) = \\pi_\\theta(a_t \\mid s_t) / …}) or passes it on to
     * such a parameter, is notation for what that value depends on, not an input (W0191). Elsewhere an unused
     * parameter stays one.
     */
    private List<Param> notationalParameters(Term body) {
        java.util.Set<Param> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        boolean applied = readsUndefinedFunctions;
        boolean readsValues = false;
        java.util.Set<String> readByOthers = new java.util.HashSet<>();
        for (Term t : dev.eqc.compiler.term.TermTrees.preorder(body)) {
            if (t instanceof Term.ParamRef r) {
                used.add(r.param());
            }
            applied |= t instanceof Term.InputRef in && in.input().isApplied()
                    || t instanceof Term.ValueRef v && readsAppliedValues(v.definition(), new java.util.HashSet<>());
            readsValues |= t instanceof Term.InputRef || t instanceof Term.ValueRef || t instanceof Term.Call;
            // The inputs the definitions it reads take: a parameter of that name is what they read (the generated
            // code passes the inputs of a value it reads by name, so such a parameter cannot be dropped).
            if (t instanceof Term.ValueRef v) {
                v.definition().freeInputs().forEach(in -> readByOthers.add(in.key()));
            } else if (t instanceof Term.Call c) {
                c.function().freeInputs().forEach(in -> readByOthers.add(in.key()));
            }
        }
        boolean square = used.isEmpty() && bracketed();
        // D_{KL}(\mathcal{N}_1 \| \mathcal{N}_2) = \frac{1}{2}[…] over the Gaussians' declared parameters, NeRF's
        // \hat{C}(\mathbf{r}) = \sum_i T_i … over the samples of the ray: nothing in the file calls the function, so a
        // parameter neither its body nor any definition the body reads uses names what the value depends on. A body
        // that reads no value at all (Szegedy's prior u(k) = 1/K) is a constant function of its argument.
        boolean uncalled = readsValues && file.applicationTexts(def.key()).isEmpty();
        if (!applied && !square && !uncalled) {
            return scope.params();
        }
        List<Param> kept = new java.util.ArrayList<>();
        for (Param p : scope.params()) {
            if (used.contains(p) || !applied && !square && (readByOthers.contains(p.key())
                    || ReadNames.readThroughDefinitions(file, def, p.key()))) {
                // MultiHead(Q, K, V) = \mathrm{Concat}(\mathrm{head}_1, …)W^O with each head reading Q, K, V: used.
                kept.add(p);
                continue;
            }
            file.noteNotationalParameter(def.key(), p.key());
            Code code = applied || square ? Code.W0191 : Code.W0252;
            Diagnostic.of(code, file.source, p.span(), "parameter `" + p.latex() + "` of `" + def.latexName() + "` is "
                            + (applied ? "not used by its body, which reads values of functions the file does not define:"
                            + " it is read as notation for what they depend on" : square ? "not used by its body, which"
                            + " names a value of it in square brackets (a mean, a variance): it is read as notation"
                            : "used neither by its body nor by any definition the body reads, and nothing in the file"
                            + " calls `" + def.latexName() + "`: it is read as notation for what the value depends on")
                            + ", and `" + def.latexName() + "` does not take it")
                    .caret("notation, not an input")
                    .help(applied ? "the values it stands for are inputs of the file; to compute them, define those"
                            + " functions in terms of `" + p.latex() + "`"
                            : square ? "run it as `--function '" + def.latexName() + "'`; name the value (`v_* = …`) to say so"
                            : "write the value without the list (`" + def.latexName() + " = …`) to say so")
                    .report(file.diagnostics);
        }
        return kept;
    }

    /**
     * Whether a value the body reads is computed from values of functions the file does not define: Hadsell et al.'s
     * {@code L(W, Y, \vec{X}_1, \vec{X}_2) = (1 - Y)\frac{1}{2}(D_W)^2 + …} reads {@code D_W}, itself computed from the
     * declared {@code G_W(\vec{X}_1)}, so {@code W} and the {@code \vec{X}} are notation there too.
     */
    private static boolean readsAppliedValues(Definition d, java.util.Set<String> seen) {
        if (!seen.add(d.key())) {
            return false;
        }
        if (d.freeInputs().stream().anyMatch(Input::isApplied)) {
            return true;
        }
        return dev.eqc.compiler.term.TermTrees.preorder(d.body()).stream()
                .anyMatch(t -> t instanceof Term.ValueRef v && readsAppliedValues(v.definition(), seen));
    }

    /**
     * {@code \mathbb{V}[f_*] = k_{**} - …} (Rasmussen &amp; Williams, Eq. 2.26): a definition written with its argument in
     * square brackets, an operator of a random quantity as papers print the mean and variance, names the value.
     */
    private boolean bracketed() {
        if (def.nameSpan() == null) {
            return false;
        }
        String text = file.source.text();
        int at = def.nameSpan().end();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (text.startsWith("\\left", at)) {
            at += "\\left".length();
        }
        return at < text.length() && text.charAt(at) == '[';
    }

    /** {@code body} with its parameter references numbered by their place in {@code kept}. */
    private static Term renumberParameters(Term body, List<Param> kept) {
        return CallResolver.mapLeaves(body, t -> t instanceof Term.ParamRef r
                ? new Term.ParamRef(r.span(), r.param(), kept.indexOf(r.param())) : t);
    }

    /**
     * {@code D_{ii} = …}: the value at (i, i) is the body, every other element 0 (W0150). The second left index
     * shares the first's range.
     */
    private Term diagonalMatrix(Term body) {
        IndexVar row = scope.leftIndices().get(0);
        IndexVar column = new IndexVar(row.name() + "'", row.span(), row.lower(), null, List.of(), row);
        scope.bindLeftIndex(column);
        Span at = def.indexSpan();
        String name = def.latexName();
        Diagnostic.of(Code.W0150, file.source, at, "`" + file.source.slice(def.nameSpan()) + "_{" + row.name()
                        + row.name() + "}` defines the diagonal matrix `" + name + "`: the right-hand side on its"
                        + " diagonal, 0 elsewhere")
                .caret("diagonal matrix [n, n]")
                .help("to define the vector of diagonal entries instead, write one index: `" + name + "_" + row.name()
                        + " = …`")
                .report(file.diagnostics);
        Term same = new Term.Compare(at, Term.CompareOp.EQ, new Term.IndexValue(at, row), new Term.IndexValue(at, column));
        return new Term.Where(body.span(), same, body, new Term.Literal(at, 0.0));
    }

    /**
     * The row index of a definition column by column ({@code \mathbf{U}_{*,i} = …}): bound before the column index,
     * so the rows are the first axis; its range is the length of the columns the body gives.
     */
    private IndexVar columnRows() {
        IndexVar row = new IndexVar("*", def.indexSpan(), null, null, List.of());
        scope.bindLeftIndex(row);
        return row;
    }

    /** Indices whose range is that of the first shifted read using them ({@code l} of {@code \\sum_{l=0}^{\\infty}}). */
    private final java.util.Map<IndexVar, IndexVar> pendingPositions = new java.util.HashMap<>();

    /**
     * An index {@code name} whose range nothing states (a sum to {@code \\infty}, or to a limit known at run time),
     * read at a shifted position in {@code body} ({@code \\delta_{t+l}}): it ranges over the positions of that
     * read, so the terms past the end are 0. Null when {@code body} has no such read.
     */
    IndexVar rangedByShiftedRead(String name, Span at, Term lower, Expr body) {
        int own = lower == null ? 0 : (int) ((Term.Literal) lower).value();
        Integer[] first = {null};
        IndexVar[] shared = {null};
        SubscriptForms.walk(body, e -> {
            if (first[0] == null && e instanceof Expr.Sym s && file.readsAtPosition(s)) {
                for (OffsetSubscript.Item item : OffsetSubscript.of(s.sub())) {
                    if (!item.plain() && item.letters().containsKey(name)) {
                        int least = item.offset();
                        for (var l : item.letters().entrySet()) {
                            IndexVar v = scope.indexVar(l.getKey());
                            least += l.getValue() * (l.getKey().equals(name) ? own : v != null ? v.firstValue() : 0);
                            if (v != null && !l.getKey().equals(name) && pendingPositions.containsKey(v)) {
                                shared[0] = pendingPositions.get(v);   // \delta_{t+l}: t waits for the same read
                            }
                        }
                        first[0] = least >= 1 ? 1 : 0;
                    }
                }
            }
        });
        if (first[0] == null) {
            return null;
        }
        IndexVar positions = shared[0] != null && shared[0].firstValue() == first[0] ? shared[0]
                : new IndexVar("the positions read with " + name, at,
                        first[0] == 1 ? new Term.Literal(at, 1.0) : null, null, List.of());
        IndexVar v = new IndexVar(name, at, lower, null, List.of(), positions);
        pendingPositions.put(v, positions);
        return v;
    }

    /** The positions index waiting for a shifted read of one of {@code letters} counted from {@code first}, or null. */
    IndexVar pendingPosition(java.util.Set<String> letters, int first) {
        for (String letter : letters) {
            IndexVar v = scope.indexVar(letter);
            IndexVar p = v == null ? null : pendingPositions.get(v);
            if (p != null && p.firstValue() == first) {
                pendingPositions.values().removeIf(x -> x == p);
                return p;
            }
        }
        return null;
    }

    /** Size names ({@code d_k}) nothing binds in this function's body, by key, with the internal name each got. */
    private final java.util.Map<String, Term.DimValue> freeDims = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, Expr.Sym> freeDimSyms = new java.util.LinkedHashMap<>();

    /**
     * A size name nothing binds in a function body ({@code d_k} in {@code \sqrt{d_k}}): a dimension whose axis
     * is decided once the body is read ({@link #bindFreeDimensions}, {@link #freeDimensionsAsInputs}).
     */
    Term freeDimension(Expr.Sym s) {
        String key = NameKeys.full(s);
        Term.DimValue first = freeDims.computeIfAbsent(key, k -> {
            freeDimSyms.put(k, s);
            return new Term.DimValue(s.span(), file.newTieName(file.source.slice(s.span())) + "#pending");
        });
        return new Term.DimValue(s.span(), first.dim());
    }

    /**
     * In a generic function, a free size name is the size of an axis of an argument, at each call: {@code d_k}
     * (the subscript names a parameter, {@code K}, in either case) is the last axis of that parameter's
     * argument (W0104). A size name that names no parameter cannot be bound: E0110, never a silent scalar.
     */
    private Term bindFreeDimensions(Term body) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (var e : freeDims.entrySet()) {
            Expr.Sym s = freeDimSyms.get(e.getKey());
            String printed = file.source.slice(s.span());
            String sub = s.sub() == null ? null : s.sub().key().replaceAll("[{}\\s]", "");
            Param matched = null;
            int index = -1;
            for (int i = 0; i < scope.params().size() && sub != null && !sub.isEmpty(); i++) {
                Param p = scope.params().get(i);
                if (p.key().equalsIgnoreCase(sub)) {
                    matched = p;
                    index = i;
                    break;
                }
            }
            if (matched == null) {
                String params = scope.params().stream().map(p -> "`" + p.latex() + "`")
                        .collect(java.util.stream.Collectors.joining(", "));
                Diagnostic.of(Code.E0110, file.source, s.span(), "cannot tell which axis `" + printed + "` is the size"
                                + " of: nothing declares it, and its subscript names no parameter of `" + def.latexName()
                                + "` (" + params + ")")
                        .caret("no axis to measure")
                        .help("declare the parameter it measures, like `" + scope.params().get(0).latex()
                                + " \\in \\mathbb{R}^{n \\times " + printed + "}`, or name it after one: `d_"
                                + scope.params().get(scope.params().size() - 1).latex()
                                + "` is the last axis of that argument")
                        .report(file.diagnostics);
                continue;
            }
            String name = file.newTieName(printed);
            file.addTie(new dev.eqc.compiler.term.DimTie(name, printed, matched.latex(),
                    new Term.ParamRef(matched.span(), matched, index), true));
            names.put(e.getValue().dim(), name);
            Diagnostic.of(Code.W0104, file.source, s.span(), "`" + printed + "` is read as the size of the last axis"
                            + " of `" + matched.latex() + "` at each call of `" + def.latexName() + "`")
                    .caret("the last axis of `" + matched.latex() + "`")
                    .label(matched.span(), "measured here")
                    .help("declare `" + matched.latex() + "`, like `" + matched.latex() + " \\in \\mathbb{R}^{n \\times "
                            + printed + "}`, to say which axis (the function then has a method of that shape)")
                    .report(file.diagnostics);
        }
        return CallResolver.mapLeaves(body, t -> t instanceof Term.DimValue v && names.containsKey(v.dim())
                ? new Term.DimValue(v.span(), names.get(v.dim())) : t);
    }

    /** Outside generic functions a free size name is what any undeclared name is: an input (W0101). */
    private Term freeDimensionsAsInputs(Term body) {
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        freeDims.forEach((key, v) -> keys.put(v.dim(), key));
        return CallResolver.mapLeaves(body, t -> t instanceof Term.DimValue v && keys.containsKey(v.dim())
                ? names.inputRef(v.span(), file.inferInput(freeDimSyms.get(keys.get(v.dim())), keys.get(v.dim())))
                : t);
    }

    /**
     * A generic function at the values its parameters are named after ({@code \mathrm{FL}(p_t)} at the
     * definition {@code p_t}, {@code f(x)} at the input {@code x}): how papers use such a function, and
     * what its method computes. Null when a parameter has no namesake.
     */
    private Definition atNamesakes(Definition generic) {
        List<Term> values = new ArrayList<>();
        java.util.Set<Input> free = new java.util.LinkedHashSet<>(generic.freeInputs());
        for (Param p : generic.params()) {
            Input in = file.input(p.key());
            PendingDefinition other = file.definition(p.key());
            if (in != null) {
                values.add(new Term.InputRef(p.span(), in));
                free.add(in);
            } else if (other != null && other != def && !other.function() && !definitions.inProgress(other)
                    && definitions.resolve(other) instanceof Resolved.Defined d && !d.definition().function()) {
                values.add(new Term.ValueRef(p.span(), d.definition()));
                free.addAll(d.definition().freeInputs());
            } else {
                return null;
            }
        }
        List<Input> inputs = new ArrayList<>(free);
        inputs.sort(java.util.Comparator.comparingInt(Input::order));
        return new Definition(generic.key(), generic.latexName(), generic.javaName(), generic.span(),
                generic.nameSpan(), false, List.of(), inputs, generic.indices(),
                CallResolver.instantiate(file, generic, values), generic.comment(), generic.latex());
    }

    /**
     * The comparison of two left-hand indices a condition tail states ({@code \forall j \leq i}, W0471), over the
     * bound indices, recorded as the cut of the first so that a softmax over it inside keeps the same terms; null when
     * there is none or the two count from different starts.
     */
    private Term leftIndexCut() {
        Expr.Relation cut = file.indexCut(def.key());
        if (cut == null) {
            return null;
        }
        IndexVar j = scope.indexVar(((Expr.Sym) cut.left()).base());
        IndexVar i = scope.indexVar(((Expr.Sym) cut.right()).base());
        if (j == null || i == null || !java.util.Objects.equals(ConstantFolder.fold(j.lower() == null
                ? new Term.Literal(cut.span(), 0.0) : j.lower()), ConstantFolder.fold(i.lower() == null
                ? new Term.Literal(cut.span(), 0.0) : i.lower()))) {
            return null;
        }
        Term.CompareOp op = switch (cut.op()) {
            case LE -> Term.CompareOp.LE;
            case LT -> Term.CompareOp.LT;
            case GE -> Term.CompareOp.GE;
            default -> Term.CompareOp.GT;
        };
        Term keep = new Term.Compare(cut.span(), op, new Term.IndexValue(cut.left().span(), j),
                new Term.IndexValue(cut.right().span(), i));
        scope.cut(j, keep);
        return keep;
    }

    /** One part of a strided definition, over its own left-hand indices; null after an error. */
    Term.StridedPart resolvePart(Span at) {
        bindLeftIndices();
        int errorsBefore = file.diagnostics.errorCount();
        Term body = KeptAxes.mark(Stabilizer.stabilize(expr(def.rhs())));
        return file.diagnostics.errorCount() > errorsBefore ? null : new Term.StridedPart(at, scope.leftIndices(), body);
    }

    /** The inputs the resolved body uses, directly or through other definitions (for {@link StridedDefinitions}). */
    List<Input> usedInputs() {
        return scope.freeInputs();
    }

    /** Left-hand letters that count from 1: a strided group written {@code y_{2i-1}}, {@code y_{2i}}. */
    private java.util.Set<String> fromOne;

    void countFromOne(java.util.Set<String> letters) {
        fromOne = letters;
    }

    private void bindLeftIndices() {
        for (String letter : def.indexLetters()) {
            Expr[] range = file.indexRange(def.key(), letter);
            Term lower = null;
            Term upper = null;
            if (range != null) {
                // `\text{for } i = 1, \dots, n`: the stated range, as a sum's limits are.
                lower = new Term.Literal(range[0].span(), ((Expr.Num) range[0]).value());
                if (range[1] instanceof Expr.Sym n && n.sup() == null && !names.isBound(NameKeys.full(n))
                        && !names.isSplittableRun(n)) {
                    file.addDimension(NameKeys.withSub(n));   // as under a sum: an undeclared limit is a size
                }
                upper = expr(range[1]);
            }
            if (range != null) {
                scope.bindLeftIndex(new IndexVar(letter, def.indexSpan(), lower, upper, List.of()));
                continue;
            }
            Input compared = !indexesPlainly(letter) ? LabelClasses.comparedWith(letter, def.rhs(), file) : null;
            if (compared != null) {
                // t_{ik} = \mathbb{1}[y_i = k]: k runs over the classes of y.
                scope.bindLeftIndex(LabelClasses.range(letter, def.indexSpan(), compared));
                continue;
            }
            dev.eqc.compiler.term.Dim positions = !indexesPlainly(letter)
                    ? LabelClasses.comparedWithArgExtreme(letter, def.rhs(), file) : null;
            if (positions != null) {
                // f_i = \frac{1}{T}\sum_x \mathbb{1}\{\mathrm{argmax}\, p_x = i\}: i runs over p's last axis.
                scope.bindLeftIndex(LabelClasses.positions(letter, def.indexSpan(), positions));
                continue;
            }
            IndexVar derived = fromOne == null && (!def.function() || paramsNameTheStep(letter)) && !indexesPlainly(letter)
                    && !file.wasDeclared(def.key()) ? new LeftRanges(this).derive(letter) : null;
            if (derived != null) {
                scope.bindLeftIndex(derived);
                continue;
            }
            IndexVar fraction = !def.function() && !indexesPlainly(letter) && !file.wasDeclared(def.key())
                    ? new FractionRanges(this).derive(letter, fromOne != null && fromOne.contains(letter)) : null;
            if (fraction != null) {
                scope.bindLeftIndex(fraction);
                continue;
            }
            boolean one = fromOne != null && fromOne.contains(letter);
            boolean strided = fromOne == null && IndexLetters.readsFromOne(letter, def.rhs());
            if (fromOne == null && (strided || IndexLetters.sumsUpToFromOne(letter, def.rhs()))) {
                // y_i = x_{2i-1} x_{2i}: the paper counts from 1, so i does too; so does t in
                // wkv_t = \sum_{i=1}^{t-1} …, where t is compared with an index counted from 1.
                one = true;
                Diagnostic.of(Code.W0140, file.source, def.indexSpan(), "`" + letter + "` counts from 1 here, since the"
                                + (strided ? " body reads a position written from 1 (`2" + letter + "-1`)"
                                        : " body sums from 1 up to it"))
                        .caret("read as " + letter + " = 1, 2, …")
                        .help(strided ? "write `2" + letter + "` and `2" + letter + "+1` to count from 0"
                                : "state the range to choose, like `\\quad \\text{for } " + letter + " = 0, \\dots, T-1`")
                        .report(file.diagnostics);
            }
            if (!one && fromOne == null && IndexLetters.usedAsNumber(letter, def.rhs()) && !picksElementsOnly(letter)) {
                one = countsFromOneAsANumber(letter);
            }
            scope.bindLeftIndex(new IndexVar(letter, def.indexSpan(), one ? new Term.Literal(def.indexSpan(), 1.0) : null,
                    null, List.of()));
        }
    }

    /**
     * REINFORCE++'s {@code A_t(s_t, a_t) = r(x, y) - \beta \sum_{i=t}^{T} \mathrm{KL}(i)}: every parameter is a name
     * subscripted by the left-hand index alone, the state and action of step t, which say what the value is of; the
     * range of t is then told as a plain name's would be (the sum it limits), not left counting from 0.
     */
    private boolean paramsNameTheStep(String letter) {
        return !def.params().isEmpty() && def.params().stream().allMatch(p -> p.sup() == null && p.sub() != null
                && p.sub().isSingle() && p.sub().single() instanceof Expr.Sym step && step.bare()
                && step.base().equals(letter));
    }

    /** Whether {@code letter} is only an argument of declared tensors written as functions ({@code p(x)}, W0161). */
    private boolean picksElementsOnly(String letter) {
        java.util.Set<String> values = new java.util.HashSet<>();
        java.util.Set<String> called = new java.util.HashSet<>();
        PendingDefinition.lettersOutsideDeclaredCalls(def.rhs(), file, values, called);
        return called.contains(letter) && !values.contains(letter);
    }

    /** Whether {@code letter} indexes something in the body by a plain subscript ({@code x_t}, {@code W_{ti}}). */
    private boolean indexesPlainly(String letter) {
        boolean[] found = {false};
        SubscriptForms.walk(def.rhs(), e -> {
            Script sub = e instanceof Expr.Sym s ? s.sub() : e instanceof Expr.Subscripted sc ? sc.sub() : null;
            List<String> letters = sub == null ? null : IndexLetters.of(sub);
            if (letters == null && sub != null && StridedSubscript.of(sub) != null) {
                letters = StridedSubscript.of(sub).stream().map(StridedSubscript.Item::letter).toList();
            }
            found[0] |= letters != null && letters.contains(letter)
                    || sub != null && letter.equals(IndexLetters.sliceSubscriptLetter(sub));   // (XB)_{:,i}
        });
        return found[0];
    }

    /**
     * An index used as a number with no written range ({@code \theta_i = 10000^{-2(i-1)/d}}): its
     * counting decides the values, and papers differ (the Transformer's {@code 2i} counts from 0,
     * RoFormer's {@code 2(i-1)} from 1). It counts from 1 when the body subtracts 1 from it, else
     * from 0; either way W0140 says which.
     */
    boolean countsFromOneAsANumber(String letter) {
        boolean limit = IndexLetters.limitsFromOne(letter, def.rhs());
        boolean one = limit || IndexLetters.subtractsOne(letter, def.rhs());
        Diagnostic.of(Code.W0140, file.source, def.indexSpan(), "`" + letter + "` is used as a number and no range"
                        + " is written, so " + (limit ? "it counts from 1, as the sum it limits does"
                                : one ? "it counts from 1 (the body uses `" + letter + "-1`)"
                                : "it counts from 0, as positions do in the Transformer's `2" + letter + "`"))
                .caret(one ? "read as " + letter + " = 1, 2, …" : "read as " + letter + " = 0, 1, …")
                .help("state the range to choose, like `\\quad \\text{for } " + letter + " = 1, \\dots, n` after the equation")
                .report(file.diagnostics);
        return one;
    }

    Term expr(Expr e) {
        if (e instanceof Expr.Num n) {
            return new Term.Literal(n.span(), n.value());
        }
        if (e instanceof Expr.Sym s) {
            return names.sym(s);
        }
        if (e instanceof Expr.Group g) {
            if (g.bracket() == Bracket.SQUARE && g.items().size() == 1 && g.items().get(0) instanceof Expr.Binary c
                    && c.op() == dev.eqc.compiler.ast.BinaryOp.HADAMARD
                    && file.source.slice(c.opSpan()).strip().equals("\\circ")) {
                // [\mathrm{SG}(h_\tau) \circ h_{\tau+1}] (Transformer-XL): the concatenation of two sequences, or the
                // element-wise product in brackets that only group. Both give a value, so eqc does not pick (E0280).
                return error(Code.E0280, g.span(), "`" + file.source.slice(g.span()) + "`: square brackets around one"
                        + " `\\circ` product are the concatenation of two sequences in Transformer-XL and the element-wise"
                        + " product elsewhere; eqc cannot tell which is meant", "write `a \\odot b` for the element-wise product;"
                        + " to concatenate sequences `a`, `b` stacked as rows, transpose them, concatenate and transpose back: `"
                        + "[a^\\top, b^\\top]^\\top` (name each operand first)");
            }
            if (g.items().size() == 1 && (g.bracket() != Bracket.SET || !(g.items().get(0) instanceof Expr.Relation))) {
                // \left\{ … \right\} around one expression is a bracket, like ( … ).
                return expr(g.items().get(0));
            }
            if (g.items().isEmpty()) {
                return error(Code.E0001, g.span(), "empty `" + file.source.slice(g.span()) + "` where a value belongs",
                        "fill in the argument, like `\\sqrt{x}`");
            }
            if (ArithmeticLists.isDotted(g)) {
                // [-(i-1), \ldots, -1, 0]: an arithmetic sequence when its items are numbers and sizes (W0180).
                Term sequence = new ArithmeticLists(this).read(g);
                if (sequence != null) {
                    return sequence;
                }
            }
            if (g.bracket() == Bracket.SQUARE && g.items().stream().anyMatch(PatternRows::isPatternRows)) {
                return stackedRows(g);
            }
            if (g.bracket() == Bracket.SQUARE && g.items().stream().noneMatch(i -> i instanceof Expr.Relation)) {
                // [h_i, h_j], [Q_1, \ldots, Q_n], [h_t; x_t]: concatenation, as Concat(…) (W0133 says so).
                Diagnostic.of(Code.W0133, file.source, g.span(), "`" + file.source.slice(g.span())
                                + "` is read as the concatenation of its items along the last axis")
                        .caret("concatenated")
                        .help("write `\\mathrm{Concat}(…)` to say so; for matrices stacked as rows, concatenate"
                                + " their transposes")
                        .report(file.diagnostics);
                Expr.Sym concat = new Expr.Sym(g.span(), dev.eqc.compiler.ast.SymKind.WORD, "Concat", null, null,
                        null, 0);
                return calls.apply(new Expr.Apply(g.span(), concat, g.items(), g.span()));
            }
            return unsupported(g.span(), "a list of values is not an expression here");
        }
        if (e instanceof Expr.Apply a) {
            return calls.apply(a);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Unary u) {
            Term operand = expr(u.operand());
            return u.op() == UnaryOp.NEG ? new Term.Negate(u.span(), operand) : operand;
        }
        Expr clipped = clippedBracket(e);
        if (clipped != null) {
            return expr(clipped);
        }
        if (e instanceof Expr.Power p && !(p.base() instanceof Expr.Sym) && componentLetter(p.exponent()) != null) {
            // \sigma_{SM}(z_i / T)^{(k)} under \max_k, g_t(x)^{(k)} under \sum_k: component k of the value.
            Expr.Sym k = componentLetter(p.exponent());
            Diagnostic.of(Code.W0240, file.source, p.exponent().span(), "`" + file.source.slice(p.span())
                            + "` is read as component `" + k.base() + "` of `" + file.source.slice(p.base().span())
                            + "`: `" + k.base() + "` is an index in scope")
                    .caret("component " + k.base() + ", not a power")
                    .help("write `(" + file.source.slice(p.base().span()) + ")_{" + k.base() + "}` to say so, or `(…)^{"
                            + k.base() + "}` for the power")
                    .report(file.diagnostics);
            return indexedResult(new Expr.Subscripted(p.span(), p.base(),
                    new Script(k.span(), List.of(k), k.base())));
        }
        if (e instanceof Expr.Power p && p.base() instanceof Expr.Apply a) {
            Term expected = calls.poweredExpectation(p, a);   // \mathbb{E}_{y \sim p}(a - b)^2 (W0469, E0363)
            if (expected != null) {
                return expected;
            }
        }
        if (e instanceof Expr.Power p && p.base() instanceof Expr.Apply a && calls.isProduct(a)) {
            return calls.poweredProduct(p, a);
        }
        if (e instanceof Expr.Power p) {
            Term base = expr(p.base());
            if (NameKeys.TRANSPOSE_MARKS.contains(p.exponent().key())) {
                return new Term.Transpose(p.span(), base);
            }
            return new Term.Power(p.span(), base, script(p.exponent()));
        }
        if (e instanceof Expr.Frac f && CallResolver.isPartial(f.num()) != null
                && CallResolver.isPartial(f.den()) != null) {
            Expr.Sym given = dev.eqc.compiler.ast.GradientValues.givenName(f, file.source.slice(f.span()));
            if (file.wasDeclared(NameKeys.full(given))) {
                return expr(given);   // declared as printed, the gradient the paper gives (Prince's Adam)
            }
            // \frac{\partial L}{\partial W}
            return calls.gradient(f.span(), CallResolver.isPartial(f.num()), CallResolver.isPartial(f.den()));
        }
        if (e instanceof Expr.Frac f) {
            return new Term.Arith(f.span(), f.span(), Term.ArithOp.DIV, expr(f.num()), expr(f.den()));
        }
        if (e instanceof Expr.Root root) {
            Term radicand = expr(root.radicand());
            if (root.degree() == null) {
                return new Term.BuiltinCall(root.span(), Builtin.SQRT, List.of(radicand));
            }
            Term inverse = new Term.Arith(root.degree().span(), root.degree().span(), Term.ArithOp.DIV,
                    new Term.Literal(root.degree().span(), 1.0), expr(root.degree()));
            return new Term.Power(root.span(), radicand, inverse);
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Power pw && pw.base() instanceof Expr.Norm) {
            // \|x\|^2_2: the power written before the norm's subscript, the same as \|x\|_2^2.
            return expr(new Expr.Power(s.span(), new Expr.Subscripted(s.span(), pw.base(), s.sub()), pw.exponent()));
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Norm n) {
            // F in any style is Frobenius: SGFormer prints \|Q\|_{\mathcal{F}} (was E0103)
            boolean styledF = s.sub().isSingle() && s.sub().single() instanceof Expr.Sym fs && fs.bare()
                    && fs.base().equals("F");
            Builtin norm = styledF ? Builtin.NORM2 : switch (s.sub().key()) {
                case "2", "F", "\\mathrm{F}", "\\text{F}", "\\rm F" -> Builtin.NORM2; // F: Frobenius, by shape
                case "1" -> Builtin.NORM1;
                case "\\infty" -> Builtin.NORM_INF;
                default -> null;
            };
            if (norm == null && s.sub().key().equals("0")) {
                // \|\phi_t\|_0 (the Cautious optimizer's rescaling, sparsity budgets): the number of entries that are not
                // zero, the 1-norm of the indicator (a matrix's is refused as its 1-norm is, E0156); it was refused as a
                // norm of order 0.
                Term x = expr(n.operand());
                return new Term.BuiltinCall(s.span(), Builtin.NORM1, List.of(new Term.Compare(s.span(), Term.CompareOp.NE, x,
                        new Term.Literal(s.span(), 0.0))));
            }
            if (norm == null && s.sub().isSingle() && s.sub().single() instanceof Expr.Sym label) {
                // \|\mu - \nu\|_{TV} defined by a line of its own (PendingDefinition): that value, by its printed name.
                Expr.Sym named = new Expr.Sym(s.span(), dev.eqc.compiler.ast.SymKind.WORD,
                        "norm" + NameKeys.full(label).replaceAll("[^A-Za-z0-9]", ""), null, null, null, 0);
                PendingDefinition p = file.definition(NameKeys.full(named));
                if (p != null && p.latexName().replaceAll("\\s+", "").equals(file.source.slice(s.span()).replaceAll("\\s+", ""))) {
                    return expr(named);
                }
            }
            Term order = norm == null && s.sub().isSingle() && (s.sub().single() instanceof Expr.Num
                    || s.sub().single() instanceof Expr.Sym qs && file.definition(NameKeys.full(qs)) != null
                    && !file.definition(NameKeys.full(qs)).function()) ? expr(s.sub().single()) : null;
            if (order instanceof Term.ConstRef || order instanceof Term.Literal) {
                // \|g\|_q with q = 2 a constant of the file (SAM's Eq. 2), \|x\|_3: that norm over the last axis.
                double q = order instanceof Term.ConstRef c ? c.constant().value() : ((Term.Literal) order).value();
                Term x = expr(n.operand());
                if (q == 1 || q == 2) {
                    return new Term.BuiltinCall(s.span(), q == 1 ? Builtin.NORM1 : Builtin.NORM2, List.of(x));
                }
                if (q > 0 && Double.isFinite(q)) {
                    Term powered = new Term.Power(s.span(), new Term.BuiltinCall(s.span(), Builtin.ABS, List.of(x)), order);
                    Term inverse = new Term.Arith(s.span(), s.span(), Term.ArithOp.DIV,
                            new Term.Literal(s.span(), 1.0), order);
                    return new Term.Power(s.span(), new Term.BuiltinCall(s.span(), Builtin.SUM, List.of(powered)), inverse);
                }
            }
            if (norm == null) {
                return unsupported(s.sub().span(), "norms are \\|x\\|, \\|x\\|_0, \\|x\\|_1, \\|x\\|_2, \\|X\\|_F, \\|x\\|_\\infty"
                        + " and \\|x\\|_p with p a positive number or a constant of the file");
            }
            return new Term.BuiltinCall(s.span(), norm, List.of(expr(n.operand())));
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Group g && g.items().size() == 1
                && g.bracket() != Bracket.SET && s.sub().isSingle() && s.sub().single() instanceof Expr.Sym mark
                && mark.base().equals("+")) {
            // [z]_+ and (z)_+: the positive part, max(0, z).
            return new Term.BuiltinCall(s.span(), Builtin.RELU, List.of(expr(g.items().get(0))));
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Group g && g.items().size() == 1
                && (g.bracket() == Bracket.SQUARE || g.bracket() == Bracket.PAREN)
                && isStopGradientMark(file.source.slice(s.sub().span()))) {
            // TRL's GRPO ratio \frac{\pi_\theta(…)}{[\pi_\theta(…)]_{\text{no grad}}}, [x]_{\mathrm{sg}}: the
            // bracket's value held constant when differentiating, as \mathrm{sg}[x] is (was E0103).
            return new Term.BuiltinCall(s.span(), Builtin.STOP_GRADIENT, List.of(expr(g.items().get(0))));
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Apply a && a.args().size() == 1
                && a.callee() instanceof Expr.Sym q && s.sub().isSingle() && s.sub().single() instanceof Expr.Sym mark
                && mark.base().equals("+") && a.argsSpan() != null
                && file.source.slice(a.argsSpan()).startsWith("(") && valueName(q)) {
            // TFT's QL(y, \hat{y}, q) = q(y - \hat{y})_{+} + (1 - q)(\hat{y} - y)_{+}: a value (an input or a parameter,
            // no function) times the positive part, which the parser read as q applied, then subscripted (E0103).
            Diagnostic.of(Code.W0446, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as `"
                            + file.source.slice(q.span()) + "` times the positive part `" + file.source.slice(a.argsSpan())
                            + "_{+}`: `" + file.source.slice(q.span()) + "` is a value, not a function")
                    .caret("a product")
                    .help("write `" + file.source.slice(q.span()) + " \\cdot " + file.source.slice(a.argsSpan())
                            + "_{+}` to say so and silence this warning")
                    .report(file.diagnostics);
            return new Term.Product(s.span(), q.span(), expr(q),
                    new Term.BuiltinCall(s.span(), Builtin.RELU, List.of(expr(a.args().get(0)))), false);
        }
        if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Num one && one.text().equals("1")
                && s.sub().isSingle() && s.sub().single() instanceof Expr.Relation cond
                && compareOp(cond.op()) != null) {
            // BinaryNet's g_r = g_q 1_{|r| \le 1} (Hubara et al.): a plain 1 with a condition below is the indicator,
            // as \mathbb{1}_{|r| \le 1} is (was E0103); 1_n with a size stays the ones vector.
            return indicator(cond, s.span());
        }
        if (e instanceof Expr.Subscripted s) {
            return indexedResult(s);
        }
        if (e instanceof Expr.Relation rel) {
            Term.CompareOp op = compareOp(rel.op());
            Expr topk = op == null ? TopkMembership.rewrite(rel, file.source) : null;
            if (topk != null) {
                // s_{i,t} \in \mathrm{Topk}(\{s_{j,t} | 1 \le j \le N\}, K): fewer than K members greater (was E0103)
                return expr(topk);
            }
            if (op == null) {
                return unsupported(rel.span(), "only comparisons (<, >, \\le, \\ge, =, \\ne) are computed inside an"
                        + " expression");
            }
            if (rel.left() instanceof Expr.Relation first && compareOp(first.op()) != null) {
                // 0 < x_i < 1, i - W < j \le i: a chained comparison holds where both links do (was the first
                // link's 0 or 1 compared with the last side, a silent wrong mask).
                return both(rel.span(), first, new Expr.Relation(new Span(first.right().span().start(),
                        rel.span().end()), rel.opSpan(), rel.op(), first.right(), rel.right()));
            }
            if (rel.right() instanceof Expr.Relation last && compareOp(last.op()) != null) {
                return both(rel.span(), new Expr.Relation(new Span(rel.span().start(), last.left().span().end()),
                        rel.opSpan(), rel.op(), rel.left(), last.left()), last);
            }
            Term left = expr(rel.left());
            Term right = expr(rel.right());
            return new Term.Compare(rel.span(), op, asPosition(left, right), asPosition(right, left));
        }
        if (e instanceof Expr.BigOp b) {
            return reductions.reduction(b);
        }
        if (e instanceof Expr.Underset u) {
            return unsupported(u.span(), "an operator with an axis under it needs its argument, like"
                    + " `\\underset{m}{\\mathrm{softmax}}(x)`");
        }
        if (e instanceof Expr.Cases c) {
            return cases(c);
        }
        if (e instanceof Expr.Abs a && sets.declaredMember(a.operand()) != null) {
            // |P(i)| with P \in \{0,1\}^{M \times M} declared (SupCon's positives of anchor i): the size of the set.
            SetReductions.Member m = sets.declaredMember(a.operand());
            String family = file.source.slice(m.family().span());
            String other = m.owner().name().equals("j") ? "k" : "j";
            Diagnostic.of(Code.W0285, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the size of"
                            + " the set `" + file.source.slice(a.operand().span()) + "`: the number of non-zeros in row `"
                            + m.owner().name() + "` of the declared 0/1 matrix `" + family + "`")
                    .caret("the number of members")
                    .help("write `\\sum_{" + other + "} " + family + "_{" + m.owner().name() + " " + other
                            + "}` (a 0/1 matrix) to say so; for a norm of the row write `\\|" + family + "_{"
                            + m.owner().name() + "}\\|`")
                    .report(file.diagnostics);
            return sets.size(a, m);
        }
        Term pairs = e instanceof Expr.Abs a ? sizeOfDeclaredSet(a) : null;
        if (pairs == null && e instanceof Expr.Abs a) {
            pairs = membersOfDeclaredSet(a);
        }
        if (pairs != null) {
            return pairs;
        }
        if (e instanceof Expr.Abs a && sets.member(a.operand(), true) != null) {
            // |\mathcal{N}_i|: the size of a set, the number of its members.
            return sets.size(a, sets.member(a.operand(), true));
        }
        if (e instanceof Expr.Abs a && a.operand() instanceof Expr.Sym set && set.sup() == null
                && file.isDimension("|" + NameKeys.withSub(set) + "|")) {
            // |A| where a declaration has \mathbb{R}^{|A|}: that size
            return new Term.DimValue(a.span(), "|" + NameKeys.withSub(set) + "|");
        }
        if (e instanceof Expr.Abs a && setSize(a) != null) {
            return setSize(a);
        }
        Term members = e instanceof Expr.Abs a ? wholeSets.size(a) : null;
        if (members != null) {
            return members;
        }
        if (e instanceof Expr.Abs a) {
            return new Term.BuiltinCall(a.span(), Builtin.ABS, List.of(expr(a.operand())));
        }
        if (e instanceof Expr.Norm n) {
            return new Term.BuiltinCall(n.span(), Builtin.NORM2, List.of(expr(n.operand())));
        }
        if (e instanceof Expr.Matrix m) {
            return new MatrixLiterals(this).literal(m);
        }
        if (e instanceof Expr.Factorial f) {
            return unsupported(f.span(), "`!` and primes on expressions are not supported");
        }
        // Expr is sealed and every kind is read above; a new kind must be read here.
        throw new IllegalStateException("an expression kind name resolution does not read: " + e.getClass());
    }

    /**
     * {@code |\mathcal{A}|}, the number of actions, with {@code \mathcal{A}} neither declared nor defined and a size
     * {@code n_a} (or {@code N_a}) of the file named for its lower-case letter: that size (W0192); else null.
     */
    /**
     * C51's {@code [\hat{\mathcal{T}} z_j]_{V_{\min}}^{V_{\max}}} and {@code [\,\cdot\,]_0^1} (Bellemare et al. 2017,
     * Eq. 7), Munchausen RL's {@code [\tau \ln \pi(a|s)]_{l_0}^{0}}: a square bracket with a lower and an upper
     * bound written on it is the value clipped to that interval, {@code \mathrm{clip}(x, a, b)} (W0406; was E0103).
     * The bounds may be written in either order ({@code [x]^b_a}). Null when {@code e} is not of that form.
     */
    private static String bare(String script) {
        String t = script.strip();
        return t.startsWith("{") && t.endsWith("}") ? t.substring(1, t.length() - 1).strip() : t;
    }

    private Expr clippedBracket(Expr e) {
        Expr.Group g;
        Script lo;
        Script hi;
        if (e instanceof Expr.Power p && p.base() instanceof Expr.Subscripted s && s.base() instanceof Expr.Group b) {
            g = b;
            lo = s.sub();
            hi = p.exponent();
        } else if (e instanceof Expr.Subscripted s && s.base() instanceof Expr.Power p && p.base() instanceof Expr.Group b) {
            g = b;
            lo = s.sub();
            hi = p.exponent();
        } else {
            return null;
        }
        if (g.bracket() != Bracket.SQUARE || g.items().size() != 1 || !lo.isSingle() || !hi.isSingle()
                || hi.isTranspose() || file.definition("clip") != null) {
            return null;
        }
        String text = file.source.slice(e.span()).strip();
        Diagnostic.of(Code.W0406, file.source, e.span(), "`" + text + "` is read as `" + file.source.slice(g.items().get(0)
                        .span()).strip() + "` clipped to the interval from `" + bare(file.source.slice(lo.span()))
                        + "` to `" + bare(file.source.slice(hi.span())) + "` (C51's and Munchausen RL's notation), not"
                        + " an evaluation bracket")
                .caret("clipped")
                .help("write `\\mathrm{clip}(x, a, b)` to say so and silence this warning")
                .report(file.diagnostics);
        Expr.Sym clip = new Expr.Sym(g.span(), dev.eqc.compiler.ast.SymKind.WORD, "clip", null, null, null, 0);
        return new Expr.Apply(e.span(), clip, List.of(g.items().get(0), lo.single(), hi.single()), g.span());
    }

    /**
     * Song et al.'s {@code \frac{1}{2|\mathcal{P}|}} with {@code \mathcal{P} \in \{0,1\}^{m \times m}} declared, the set
     * of positive pairs: the size of the set, the number of non-zeros of the 0/1 tensor (W0404). Before, a square one
     * was read as its determinant (W0102), which a set of pairs never means. Null unless the operand is a calligraphic
     * name declared 0/1.
     */
    private Term sizeOfDeclaredSet(Expr.Abs a) {
        Binding.InputName mask = sets.declaredMask(a.operand());
        if (mask != null) {
            // Proxy Anchor's \frac{1}{|P^+|} with P^+ \in \{0,1\}^{C} declared: the number of its 1s, the size of the
            // set a sum over p \in P^+ runs over (W0417); its absolute values, the vector itself, are never meant.
            return countOfDeclaredSet(a, (Expr.Sym) a.operand(), mask);
        }
        if (!(a.operand() instanceof Expr.Sym set) || !set.bare() || set.kind() != dev.eqc.compiler.ast.SymKind.CAL
                || !(names.find(NameKeys.full(set)) instanceof Binding.InputName in) || !in.input().declared()
                || !file.isBinary(in.input().key()) || in.input().dims().isEmpty()) {
            return null;
        }
        return countOfDeclaredSet(a, set, (Binding.InputName) names.find(NameKeys.full(set)));
    }

    private Term countOfDeclaredSet(Expr.Abs a, Expr.Sym set, Binding.InputName in) {
        String name = file.source.slice(set.span());
        List<IndexVar> vars = new ArrayList<>();
        for (int k = 0; k < in.input().dims().size(); k++) {
            vars.add(new IndexVar("axis " + (k + 1) + " of " + name, set.span(), null, null, List.of()));
        }
        Diagnostic.of(Code.W0404, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the size of the"
                        + " set `" + name + "`: the number of non-zeros of the declared 0/1 tensor, not "
                        + (in.input().dims().size() == 2 ? "its determinant" : "an absolute value"))
                .caret("the number of members")
                .help("write `\\sum_{i,j} " + name + "_{ij}` to say so; for the determinant write `\\det(" + name + ")`")
                .report(file.diagnostics);
        Term count = new Term.Compare(a.span(), Term.CompareOp.NE, new Term.Index(a.span(),
                names.inputRef(set.span(), in.input()), vars), new Term.Literal(a.span(), 0.0));
        for (int k = vars.size() - 1; k >= 0; k--) {
            count = new Term.Reduce(a.span(), Term.ReduceOp.SUM, vars.get(k), count);
        }
        return count;
    }

    /**
     * d2l's batch normalization, {@code \frac{1}{|\mathcal{B}|} \sum_{\mathbf{x} \in \mathcal{B}} \mathbf{x}} with the
     * minibatch {@code \mathcal{B} \in \mathbb{R}^{m \times d}} declared: bars around a calligraphic name declared as a
     * real tensor are its number of members, the size of its first axis (W0425). A calligraphic name is a set in papers;
     * its absolute values (as it was read: a silent [m] where the mean is [d]) or determinant are never meant. Null
     * unless the operand is such a name whose first size is a symbol.
     */
    private Term membersOfDeclaredSet(Expr.Abs a) {
        if (!(a.operand() instanceof Expr.Sym set) || !set.bare() || set.kind() != dev.eqc.compiler.ast.SymKind.CAL
                || !(names.find(NameKeys.full(set)) instanceof Binding.InputName in) || !in.input().declared()
                || file.isBinary(in.input().key()) || in.input().dims() == null || in.input().dims().isEmpty()
                || !(in.input().dims().get(0) instanceof dev.eqc.compiler.term.Dim.Symbol rows)) {
            return null;
        }
        String name = file.source.slice(set.span());
        boolean vector = in.input().dims().size() == 1;
        Diagnostic.of(Code.W0425, file.source, a.span(), "`" + file.source.slice(a.span()) + "` is read as the number of"
                        + " members of the set `" + name + "`, the " + (vector ? "entries" : "rows") + " of the declared "
                        + in.input().dims() + ": " + rows.name() + ", not " + (vector ? "its absolute values"
                        : "the absolute values of its entries"))
                .caret(rows.name() + " members")
                .help("write `" + rows.name() + "` to say so; for absolute values write `\\lvert` around a name that is"
                        + " not calligraphic")
                .report(file.diagnostics);
        return new Term.DimValue(a.span(), rows.name());
    }

    private Term setSize(Expr.Abs a) {
        if (!(a.operand() instanceof Expr.Sym set) || set.kind() != dev.eqc.compiler.ast.SymKind.CAL || !set.bare()
                || set.base().length() != 1 || names.isBound(NameKeys.full(set)) || file.wasDeclared(NameKeys.full(set))
                || file.definition(NameKeys.full(set)) != null) {
            return null;
        }
        String letter = set.base().toLowerCase(java.util.Locale.ROOT);
        for (String size : List.of("n_" + letter, "N_" + letter, "n_{" + letter + "}", "N_{" + letter + "}")) {
            if (file.isDimension(size)) {
                Diagnostic.of(Code.W0192, file.source, a.span(), "`" + file.source.slice(a.span()) + "`, the size of a set"
                                + " the file does not define, is read as `" + size + "`, the number of `" + letter
                                + "`s a declaration names")
                        .caret("the size " + size)
                        .help("write `" + size + "` to say so")
                        .report(file.diagnostics);
                return new Term.DimValue(a.span(), size);
            }
        }
        return null;
    }

    /**
     * The letter of a superscript {@code ^{(k)}} when {@code k} is an index in scope (bound by a reduction or an
     * element-wise left-hand side) and names nothing else: the component reading of docs/LANGUAGE.md; else null.
     */
    Expr.Sym componentLetter(Script sup) {
        if (sup == null || !sup.isSingle() || !(sup.single() instanceof Expr.Group g) || g.bracket() != Bracket.PAREN
                || g.items().size() != 1 || !(g.items().get(0) instanceof Expr.Sym k) || !k.bare()) {
            return null;
        }
        String key = NameKeys.full(k);
        return scope.indexVar(key) != null && !names.isBound(key) ? k : null;
    }

    /**
     * {@code \mathrm{softmax}(z)_i}, {@code (Wx)_j}, {@code [Wx+b]_i}: the result of an expression
     * indexed like a name, when every letter of the subscript is an index in scope.
     */
    private Term indexedResult(Expr.Subscripted s) {
        if (s.base() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym sum && sum.base().equals("sum")
                && file.source.slice(a.span()).strip().startsWith("\\langle")
                && file.source.slice(s.sub().span()).replaceAll("[{}\\s]|\\\\mathrm|\\\\text|\\\\rm", "").equals("F")) {
            // \langle W, X \rangle_F: the Frobenius inner product of two matrices, the bracket itself (shape
            // inference reads a bracket of two matrices so; the subscript says it, so no W0474).
            return expr(a);
        }
        if (s.base() instanceof Expr.Num one && one.text().equals("1")) {
            // 1_n: the ones vector of size n (docs/LANGUAGE.md, Vocabulary).
            Term size = names.sizeOf(s.sub());
            if (size != null) {
                return NameResolver.ones(s.span(), size);
            }
        }
        if (names.labelElements(s.sub()) != null) {
            // \mathrm{softmax}(z_i)_{y_i}: the result selected by class labels.
            return names.gather(s.span(), expr(s.base()), s.sub());
        }
        NameResolver.SliceIndex slice = names.sliceIndex(s.sub());
        if (slice != null) {
            // MLP-Mixer's \mathrm{LayerNorm}(\mathbf{X})_{*,i}: a column (or row) of the result.
            return NameResolver.sliceOf(s.span(), expr(s.base()), slice.column(), slice.var());
        }
        List<String> letters = IndexLetters.of(s.sub());
        List<IndexVar> indices = new java.util.ArrayList<>();
        if (letters != null && scope.hasIndices()) {
            for (String letter : letters) {
                IndexVar v = scope.indexVar(letter);
                if (v == null) {
                    indices = null;
                    break;
                }
                indices.add(v);
            }
        } else {
            indices = null;
        }
        if (indices == null) {
            return unsupported(s.span(), "a subscript on an expression selects elements by index letters in scope,"
                    + " like `(Wx)_j` inside `y_j = …` or `\\sum_j`");
        }
        return NameResolver.indexOf(s.span(), expr(s.base()), indices);
    }

    /**
     * A class label compared with an index ({@code \mathbb{1}[y_i = k]}) is compared by position, as
     * two indices are: a label counted from 1 against an index counted from 0 (or the reverse) is
     * shifted to the index's counting. Any other term is itself.
     */
    static Term asPosition(Term t, Term other) {
        if (t instanceof Term.IndexValue && isArgExtreme(other) || isArgExtreme(t) && other instanceof Term.IndexValue) {
            // \mathbb{1}\{\mathrm{argmax}\, p_x = i\} (Switch's load balancing) and \arg\max_j s_{ij} = i: the index
            // names the i-th entry, so both sides are compared as positions counted from 0 (was i's value, counted
            // from 1 under \sum_{i=1}^{N}, against a position counted from 0: a silent off-by-one).
            Integer first = t instanceof Term.IndexValue iv ? literalFirst(iv.var())
                    : t instanceof Term.Reduce r ? literalFirst(r.var()) : Integer.valueOf(0);
            return first == null || first == 0 ? t
                    : new Term.Arith(t.span(), t.span(), Term.ArithOp.SUB, t, new Term.Literal(t.span(), first));
        }
        // An arg max is a position too (\mathbb{1}[\arg\max_j s_{ij} = y_i]): counted like its index, or from 0.
        Integer first = other instanceof Term.IndexValue iv ? literalFirst(iv.var())
                : other instanceof Term.Reduce r && isArgExtreme(r) ? literalFirst(r.var())
                : isArgExtreme(other) ? Integer.valueOf(0) : null;
        if (first == null) {
            return t;
        }
        Term base = t instanceof Term.Index ix ? ix.base() : t;
        // a parameter declared as a label (\ell(f(x), y) with y \in \{1, \dots, K\}) counts as that label does
        dev.eqc.compiler.term.Input labelled = base instanceof Term.InputRef in ? in.input()
                : base instanceof Term.ParamRef p ? p.param().declaration() : null;
        if (labelled == null || labelled.labels() == null) {
            return t;
        }
        int shift = first - labelled.labels().first();
        return shift == 0 ? t : new Term.Arith(t.span(), t.span(), Term.ArithOp.ADD, t, new Term.Literal(t.span(), shift));
    }

    /** An arg max or arg min: a position along an axis. */
    private static boolean isArgExtreme(Term t) {
        return t instanceof Term.Reduce r && (r.op() == Term.ReduceOp.ARGMAX || r.op() == Term.ReduceOp.ARGMIN)
                || t instanceof Term.BuiltinCall call && (call.builtin() == dev.eqc.compiler.builtin.Builtin.ARGMAX
                        || call.builtin() == dev.eqc.compiler.builtin.Builtin.ARGMIN);
    }

    /** The first value of an index whose lower limit is a number, or null ({@code \sum_{j=i+1}}). */
    private static Integer literalFirst(IndexVar var) {
        return var.lower() == null ? Integer.valueOf(0)
                : var.lower() instanceof Term.Literal l ? Integer.valueOf((int) l.value()) : null;
    }

    Term script(Script s) {
        if (s.items().size() != 1) {
            return unsupported(s.span(), "a superscript must be one expression");
        }
        return expr(s.single());
    }

    /** {@code 1_n^\\top R_t}: a product whose first factor is written with a transpose mark. */
    private static boolean startsWithTranspose(Expr.Binary juxtaposed) {
        Expr e = juxtaposed;
        while (e instanceof Expr.Binary j && j.op() == BinaryOp.JUXTAPOSE) {
            e = j.left();
        }
        return e instanceof Expr.Power p && p.exponent().isTranspose()
                || e instanceof Expr.Sym s && s.sup() != null && s.sup().isTranspose();
    }

    /**
     * {@code P_l[h, h']} (talking-heads attention), {@code A[i, j]}: a declared tensor followed by a square bracket of
     * as many index letters in scope as it has axes is its element, as in code (W0416), not the tensor times the
     * concatenation of the indices' values. Null for any other juxtaposition.
     */
    private Term bracketElement(Expr.Binary b) {
        if (!(b.right() instanceof Expr.Group g) || g.bracket() != Bracket.SQUARE) {
            return null;
        }
        Expr before = b.left() instanceof Expr.Binary lb && lb.op() == BinaryOp.JUXTAPOSE ? lb.right() : b.left();
        Term rowElement = rowBracketElement(b, before, g);
        if (rowElement != null) {
            return rowElement;
        }
        if (!(before instanceof Expr.Sym t) || t.sup() != null || t.accent() != null || !scope.hasIndices()) {
            return null;
        }
        Input in = file.input(NameKeys.full(t));
        if (in == null || !in.declared() || in.dims() == null || in.dims().size() != g.items().size()) {
            return null;
        }
        List<String> letters = IndexLetters.of(new Script(g.span(), g.items(), ""));
        if (letters == null || letters.size() != g.items().size()) {
            return null;
        }
        List<IndexVar> indices = new ArrayList<>();
        for (String letter : letters) {
            IndexVar v = scope.indexVar(letter);
            if (v == null) {
                return null;
            }
            indices.add(v);
        }
        Span at = before.span().to(g.span());
        Diagnostic.of(Code.W0416, file.source, at, "`" + file.source.slice(at) + "` is read as the element of `"
                        + in.latex() + "` at `" + String.join(", ", letters) + "`, as in code")
                .caret("an element")
                .help("write `" + file.source.slice(before.span()) + "_{" + String.join(", ", letters)
                        + "}` to say so; for the product with a list, write `\\cdot` before the bracket")
                .report(file.diagnostics);
        Term element = NameResolver.indexOf(at, expr(before), indices);
        return before == b.left() ? element : new Term.Product(b.span(), ((Expr.Binary) b.left()).opSpan(),
                expr(((Expr.Binary) b.left()).left()), element);
    }

    /**
     * {@code z_i[y_i]} (Laine and Aila's Algorithm 1): a row of a declared tensor, its subscripts index letters in
     * scope, written directly before a square bracket of labels or index letters in scope, is the element the
     * bracket picks in that row, as in code: {@code z_{i, y_i}} (W0458). It was the row times the bracket, a vector
     * where the paper has a number, silently. Null for anything else.
     */
    private Term rowBracketElement(Expr.Binary b, Expr before, Expr.Group g) {
        if (!(before instanceof Expr.Sym t) || t.sub() == null || !scope.hasIndices()
                || g.span().start() < t.span().end() || file.input(NameKeys.full(t)) != null) {
            return null;
        }
        // new22a: DeepSeek-V3's \log P_i^k [t_i] printed with a space: a bracket of class labels still picks (no
        // paper multiplies a row by a label); a bracket of index letters only when written directly after the row
        boolean adjacent = g.span().start() == t.span().end();
        if (!adjacent && (!file.source.slice(new Span(t.span().end(), g.span().start())).isBlank()
                || !g.items().stream().allMatch(item -> item instanceof Expr.Sym s && s.sup() == null
                        && labelInput(s) != null))) {
            return null;
        }
        // DeepSeek-V3's \log P_i^k[t_i] with P^k declared: the label stays on the row (was the row times the bracket)
        Input in = file.input(NameKeys.full(t.withScripts(t.span(), null, t.sup(), t.primes())));
        List<String> rowLetters = IndexLetters.of(t.sub());
        if (in == null || !in.declared() || in.dims() == null || in.labels() != null || rowLetters == null
                || rowLetters.size() != t.sub().items().size()
                || in.dims().size() != t.sub().items().size() + g.items().size()) {
            return null;
        }
        for (String letter : rowLetters) {
            if (scope.indexVar(letter) == null) {
                return null;
            }
        }
        for (Expr item : g.items()) {
            boolean letter = item instanceof Expr.Sym s && s.bare() && scope.indexVar(NameKeys.full(s)) != null;
            if (!letter && !(item instanceof Expr.Sym s && s.sup() == null && labelInput(s) != null)) {
                return null;
            }
        }
        List<Expr> items = new ArrayList<>(t.sub().items());
        items.addAll(g.items());
        StringBuilder key = new StringBuilder(t.sub().key());
        for (Expr item : g.items()) {
            key.append(',').append(file.source.slice(item.span()).replaceAll("\\s+", ""));
        }
        Span at = t.span().to(g.span());
        Expr.Sym element = t.withScripts(at, new Script(t.sub().span().to(g.span()), items, key.toString()), t.sup(),
                t.primes());
        String written = file.source.slice(at);
        // the label stays in the name the message spells: P_i^k[t_i] is P^k_{i, t_i}, not P_{i, t_i}
        String combined = (t.sup() == null ? file.source.slice(t.span()).replaceFirst("_\\{?[^{}]*\\}?$", "")
                : in.latex()) + "_{" + file.source.slice(t.sub().span()).replaceAll("^\\{|\\}$", "") + ", "
                + file.source.slice(g.span()).replaceAll("^\\[|\\]$", "").strip() + "}";
        Diagnostic.of(Code.W0458, file.source, at, "`" + written + "` is read as the element of `" + in.latex()
                        + "` that the bracket picks in row `" + file.source.slice(t.span()) + "`, as in code: `"
                        + combined + "`")
                .caret("an element")
                .help("write `" + combined + "` to say so; for the product with a list, write `\\cdot` before the"
                        + " bracket")
                .report(file.diagnostics);
        Term value = expr(element);
        return before == b.left() ? value : new Term.Product(b.span(), ((Expr.Binary) b.left()).opSpan(),
                expr(((Expr.Binary) b.left()).left()), value);
    }

    /** The declared label input {@code s} reads ({@code y_i} of {@code y \in \{1, \ldots, C\}^{n}}), or null. */
    private Input labelInput(Expr.Sym s) {
        Input whole = file.input(NameKeys.full(s));
        Input in = whole != null && whole.labels() != null ? whole
                : file.input(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())));
        return in != null && in.labels() != null ? in : null;
    }

    private Term binary(Expr.Binary b) {
        Expr draws = b.op() == BinaryOp.JUXTAPOSE ? leadingDraws(b) : null;
        if (draws != null) {
            // DeepSeekMath's and DeepSeek-R1's GRPO objective, \mathbb{E}[q \sim P(Q), \{o_i\}_{i=1}^G \sim
            // \pi_{\theta_{old}}(O|q)] \frac{1}{G}\sum_{i=1}^G (…): the bracket names only what is drawn, and the
            // value follows it; over the one draw the file gives (one question, one group) the expectation is that
            // value (W0515; was E0103).
            Expr rest = withoutDraws(b, draws);
            Diagnostic.of(Code.W0515, file.source, draws.span(), "`" + file.source.slice(draws.span()) + "` names only"
                            + " what is drawn; the expectation is read over the one draw the file gives: the value written after it")
                    .caret("the value that follows, for the draw given")
                    .help("to average over several draws, give their values along an axis and write the mean (`\\frac{1}{B}"
                            + "\\sum_{b=1}^{B}`) or `\\mathbb{E}_{b}[…]`; write the value alone to say so and silence this warning")
                    .report(file.diagnostics);
            return expr(rest);
        }
        if (b.op() == BinaryOp.JUXTAPOSE && (emptyBraces(b.left()) || emptyBraces(b.right()))) {
            // scikit-learn's MAPE, \frac{{}\left| y_i - \hat{y}_i \right|}{…}: an empty group typesets nothing, so
            // the value beside it is the operand (was E0001, an empty group where a value belongs).
            return expr(emptyBraces(b.left()) ? b.right() : b.left());
        }
        String joint = file.jointSize(b);
        if (joint != null && file.isDimension(joint)) {
            return new Term.DimValue(b.span(), joint);   // \frac{1}{\mu B}, \sum_{b=1}^{\mu B}: one size
        }
        if (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB) {
            Expr extended = continuations.extend(b);
            if (extended != null) {
                return expr(extended);
            }
        }
        if (b.op() == BinaryOp.DIV && b.right() instanceof Expr.Binary d && d.op() == BinaryOp.JUXTAPOSE
                && (d.left() instanceof Expr.Num || d.left() instanceof Expr.Norm || d.left() instanceof Expr.Binary n
                        && n.op() == BinaryOp.JUXTAPOSE && n.right() instanceof Expr.Norm
                        || file.source.slice(b.opSpan()).equals("/") && startsWithTranspose(d))) {
            String divisor = file.source.slice(d.span());
            Diagnostic.of(Code.W0102, file.source, d.span(), "`/ " + divisor + "` divides by all of `" + divisor
                            + (d.left() instanceof Expr.Num ? "`: a number before a name is its coefficient"
                                    : d.left() instanceof Expr.Norm || d.left() instanceof Expr.Binary n2
                                            && n2.right() instanceof Expr.Norm
                                            ? "`: norms side by side after `/` are one denominator, as papers print"
                                                    + " the cosine similarity"
                                            : "`: a transposed factor after `/` starts an inner product, a number"))
                    .caret("the divisor")
                    .help("write `/(" + divisor + ")` or `\\frac{…}{" + divisor + "}` to say so, or `/" + file.source
                            .slice(d.left().span()) + " \\cdot " + file.source.slice(d.right().span())
                            + "` for the other reading")
                    .report(file.diagnostics);
        }
        Term bracketed = b.op() == BinaryOp.JUXTAPOSE ? bracketElement(b) : null;
        if (bracketed != null) {
            return bracketed;
        }
        Term form = b.op() == BinaryOp.JUXTAPOSE ? calls.juxtaposedForm(b) : null;
        if (form != null) {
            return form;
        }
        if (b.op() == BinaryOp.UNION) {
            return unsupported(b.opSpan(), "a union of sets is read where a reduction runs over it, like"
                    + " `\\max(\\{h_u, \\forall u \\in \\mathcal{N}(v) \\cup \\{v\\}\\})` or `\\sum_{u \\in"
                    + " \\mathcal{N}(v) \\cup \\{v\\}}`");
        }
        if (b.op() == BinaryOp.JUXTAPOSE) {
            Expr last = b.left();
            while (last instanceof Expr.Binary lb && lb.op() == BinaryOp.JUXTAPOSE) {
                last = lb.right();
            }
            if (last != b.left() && last instanceof Expr.Sym) {
                followedFactors.add(last.span());   // \frac{1}{2} x'Qx: x' has a factor after it
            }
        }
        Term primed = b.op() == BinaryOp.JUXTAPOSE ? primeTranspose(b.left()) : null;
        Term primedRight = b.op() == BinaryOp.JUXTAPOSE && followedFactors.contains(b.right().span())
                ? primeTranspose(b.right()) : null;
        Term left = primed != null ? primed : expr(b.left());
        Term right = primedRight != null ? primedRight : expr(b.right());
        return switch (b.op()) {
            case ADD -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.ADD, left, right);
            case SUB -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.SUB, left, right);
            case HADAMARD -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.MUL, left, right);
            case DIV -> new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.DIV, left, right);
            case JUXTAPOSE -> juxtapose(b, columnOf(b, left, right), right);
            case DOT, CROSS -> new Term.Product(b.span(), b.opSpan(), left, right, true);
            case PLUS_MINUS -> unsupported(b.opSpan(), "`\\pm` has two values; write the two equations");
            case CONCAT -> new Term.BuiltinCall(b.span(), Builtin.CONCAT, List.of(left, right));
            case UNION -> throw new AssertionError("a union is resolved before its operands");
            case MOD -> {
                // a \bmod b = a - b \lfloor a / b \rfloor: the remainder in [0, b) for b > 0, as Python's %.
                Term quotient = new Term.BuiltinCall(b.span(), Builtin.FLOOR, List.of(
                        new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.DIV, left, right)));
                yield new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.SUB, left,
                        new Term.Arith(b.span(), b.opSpan(), Term.ArithOp.MUL, right, quotient));
            }
        };
    }

    /**
     * Bertsekas' {@code x'Qx}, {@code b'x}: a once-primed name the file neither declares, defines nor binds, whose
     * unprimed name is a parameter or a declared vector or matrix, written right before another factor, is the
     * transpose of that name (W0510); it was an undeclared number asked for as an input. Null when not so.
     */
    /** The spans of factors written right before another factor of a product chain (for {@link #primeTranspose}). */
    private final java.util.Set<Span> followedFactors = new java.util.HashSet<>();

    private Term primeTranspose(Expr e) {
        if (!(e instanceof Expr.Sym s) || s.primes() != 1 || s.sub() != null || s.sup() != null) {
            return null;
        }
        String key = NameKeys.full(s);
        Expr.Sym plain = s.withScripts(s.span(), null, null, 0);
        String plainKey = NameKeys.full(plain);
        if (names.isBound(key) || file.hasInput(key) || file.wasDeclared(key) || file.definition(key) != null
                || file.wasAttempted(key) || !names.isBound(plainKey)) {
            return null;
        }
        Input in = file.input(plainKey);
        if (in != null && (in.dims() == null || in.dims().isEmpty())) {
            return null;   // a declared number: its prime is a name of its own
        }
        Diagnostic.of(Code.W0510, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as the"
                        + " transpose of `" + file.source.slice(plain.span()).replaceAll("'+$", "") + "`: the file neither"
                        + " declares nor defines it, and a prime before a factor is the transpose in Bertsekas' notation")
                .caret("the transpose")
                .help("write `" + file.source.slice(s.span()).replaceAll("'$", "") + "^\\top` to say so, or declare `"
                        + file.source.slice(s.span()) + "` for a value of its own")
                .report(file.diagnostics);
        return new Term.Transpose(s.span(), expr(plain));
    }

    /**
     * {@code W_{y_i}^T \boldsymbol{x}_i} with {@code W \in \mathbb{R}^{d \times n}} and {@code x_i} of length d (center
     * loss, ArcFace: "W_j is the j-th column of W"): a matrix with one index, transposed before a vector whose length
     * is its row count and not its column count, is read by column (W0331) — the row has the wrong length. The left
     * factor as resolved, or that factor with the matrix transposed.
     */
    /** {@code {}}: an empty brace group, which typesets nothing. */
    private static boolean emptyBraces(Expr e) {
        return e instanceof Expr.Group g && g.bracket() == Bracket.BRACE && g.items().isEmpty();
    }

    private Term columnOf(Expr.Binary b, Term left, Term right) {
        if (!(b.left() instanceof Expr.Sym s) || s.sup() == null || !s.sup().isTranspose() || s.sub() == null
                || !s.sub().isSingle() || !(left instanceof Term.Transpose t)) {
            return left;
        }
        Term.InputRef matrix = rowOf(t.operand());
        List<Dim> own = matrix == null ? null : matrix.input().dims();
        List<Dim> other = vectorDims(right);
        if (own == null || own.size() != 2 || !matrix.input().declared() || other == null || other.size() != 1
                || !(own.get(0) instanceof Dim.Symbol rows) || !(own.get(1) instanceof Dim.Symbol columns)
                || rows.name().equals(columns.name()) || !(other.get(0) instanceof Dim.Symbol length)
                || !length.name().equals(rows.name())) {
            return left;
        }
        String name = matrix.input().latex();
        Diagnostic.of(Code.W0331, file.source, s.span(), "`" + file.source.slice(s.span()) + "` is read as a column of `"
                        + name + "` (" + rows.name() + " × " + columns.name() + "): a row has " + columns.name()
                        + " values, and `" + file.source.slice(b.right().span()).strip() + "` has " + rows.name())
                .caret("column " + file.source.slice(s.sub().span()) + ", transposed")
                .help("write `" + name + "_{:," + file.source.slice(s.sub().single().span()) + "}^\\top` to say so")
                .report(file.diagnostics);
        Term column = CallResolver.mapLeaves(t.operand(),
                n -> n == matrix ? new Term.Transpose(n.span(), n) : n);
        return new Term.Transpose(t.span(), column);
    }

    /** The matrix of which {@code t} is a row picked by one index or one label (the gather of {@link NameResolver}), or null. */
    private static Term.InputRef rowOf(Term t) {
        if (t instanceof Term.Index ix && ix.base() instanceof Term.InputRef in && ix.indices().size() == 1) {
            return in;
        }
        if (t instanceof Term.Reduce r && r.op() == Term.ReduceOp.SUM && r.body() instanceof Term.Where w) {
            return rowOf(w.then());
        }
        return null;
    }

    /** The dimensions of a declared input or of its element by indices ({@code x_i} of an m × d {@code x}), or null. */
    private static List<Dim> vectorDims(Term t) {
        if (t instanceof Term.InputRef in && in.input().declared() && in.input().dims() != null) {
            return in.input().dims();
        }
        if (t instanceof Term.Index ix && ix.base() instanceof Term.InputRef in && in.input().declared()
                && in.input().dims() != null && in.input().dims().size() > ix.indices().size()) {
            return in.input().dims().subList(ix.indices().size(), in.input().dims().size());
        }
        return null;
    }

    /**
     * {@code x_i W^Q (x_j W^K + a_{ij})^T} (Shaw et al.): {@code A(B)^T} reads as {@code A \\, B^\\top}, so
     * in a longer chain it is two factors of the chain, which multiplies from the left:
     * {@code (x_i W^Q)(…)^\\top}, not {@code x_i (W^Q (…)^\\top)}.
     */
    private Term juxtapose(Expr.Binary b, Term left, Term right) {
        if (b.right() instanceof Expr.Power p && p.base() instanceof Expr.Apply
                && right instanceof Term.Product inner && !inner.explicit()
                && inner.right() instanceof Term.Transpose) {
            Term first = new Term.Product(new Span(b.span().start(), inner.left().span().end()), b.opSpan(), left,
                    inner.left(), false);
            return new Term.Product(b.span(), inner.opSpan(), first, inner.right(), false);
        }
        return new Term.Product(b.span(), b.opSpan(), left, right, false);
    }

    // ---- cases, indicators, comparisons ------------------------------------------------------

    private static Term.CompareOp compareOp(dev.eqc.compiler.ast.RelOp op) {
        return switch (op) {
            case LT -> Term.CompareOp.LT;
            case GT -> Term.CompareOp.GT;
            case LE -> Term.CompareOp.LE;
            case GE -> Term.CompareOp.GE;
            case EQ -> Term.CompareOp.EQ;
            case NE -> Term.CompareOp.NE;
            default -> null;
        };
    }

    /** Whether {@code b} is the negation of {@code a}: {@code c > r} and {@code c \le r} (or {@code r \ge c}). */
    private boolean complementary(Expr a, Expr b) {
        if (!(a instanceof Expr.Relation x) || !(b instanceof Expr.Relation y) || negation(x.op()) == null) {
            return false;
        }
        String xl = file.source.slice(x.left().span()).replaceAll("\\s+", "");
        String xr = file.source.slice(x.right().span()).replaceAll("\\s+", "");
        String yl = file.source.slice(y.left().span()).replaceAll("\\s+", "");
        String yr = file.source.slice(y.right().span()).replaceAll("\\s+", "");
        return xl.equals(yl) && xr.equals(yr) && y.op() == negation(x.op())
                || xl.equals(yr) && xr.equals(yl) && y.op() == mirrored(negation(x.op()));
    }

    private static dev.eqc.compiler.ast.RelOp negation(dev.eqc.compiler.ast.RelOp op) {
        return switch (op) {
            case LT -> dev.eqc.compiler.ast.RelOp.GE;
            case GE -> dev.eqc.compiler.ast.RelOp.LT;
            case GT -> dev.eqc.compiler.ast.RelOp.LE;
            case LE -> dev.eqc.compiler.ast.RelOp.GT;
            case EQ -> dev.eqc.compiler.ast.RelOp.NE;
            case NE -> dev.eqc.compiler.ast.RelOp.EQ;
            default -> null;
        };
    }

    /** The same relation with its sides swapped: {@code a < b} is {@code b > a}. */
    private static dev.eqc.compiler.ast.RelOp mirrored(dev.eqc.compiler.ast.RelOp op) {
        return switch (op) {
            case LT -> dev.eqc.compiler.ast.RelOp.GT;
            case GT -> dev.eqc.compiler.ast.RelOp.LT;
            case LE -> dev.eqc.compiler.ast.RelOp.GE;
            case GE -> dev.eqc.compiler.ast.RelOp.LE;
            default -> op;
        };
    }

    /** {@code \begin{cases} a & \text{if } c \ b & \text{otherwise} \end{cases}}, as nested selections. */
    private Term cases(Expr.Cases c) {
        List<Expr.Case> rows = new ArrayList<>();
        for (Expr.Case row : c.rows()) {
            rows.add(new Expr.Case(row.span(), row.value(), row.condition() == null ? null : withoutProse(row.condition())));
        }
        for (Expr.Case row : rows) {
            if (row.condition() == null || row.condition() instanceof Expr.Relation) {
                continue;
            }
            for (Expr n : IndexLetters.nodes(row.condition(), false)) {
                if (isProse(n)) {
                    // Shazeer et al.'s KeepTopK: `v_i & \text{if } v_i \text{ is in the top } k \text{ elements of } v.`
                    // The words were read as names of inputs the run asked for.
                    String cond = file.source.slice(row.condition().span()).strip();
                    return error(Code.E0364, row.condition().span(), "the condition `" + cond + "` is written in words"
                                    + " (`" + file.source.slice(n.span()).strip() + "`), which eqc does not compute",
                            "write the condition as a comparison, like `v_i \\ge \\mathrm{topk}(v, k)` with the k-th"
                                    + " largest value defined, or `\\mathbb{1}[…]` of one");
                }
            }
        }
        Expr.Case last = rows.get(rows.size() - 1);
        Term result;
        int conditional = rows.size();
        if (last.condition() == null || rows.size() == 2 && complementary(rows.get(0).condition(), last.condition())) {
            // BLEU's brevity penalty: `1 & \text{if } c > r \\ e^{(1 - r/c)} & \text{if } c \le r`, the second
            // condition the negation of the first, is an otherwise row.
            result = expr(last.value());
            conditional--;
        } else {
            Diagnostic.of(Code.W0102, file.source, c.span(), "these cases have no `otherwise` row; eqc uses 0 where no"
                            + " condition holds")
                    .caret("no otherwise")
                    .help("add a last row `0 & \\text{otherwise}` to say so")
                    .report(file.diagnostics);
            result = new Term.Literal(c.span(), 0.0);
        }
        for (int i = conditional - 1; i >= 0; i--) {
            Expr.Case row = rows.get(i);
            if (row.condition() == null) {
                return unsupported(row.span(), "only the last row of cases may be `otherwise`");
            }
            result = new Term.Where(c.span(), expr(row.condition()), expr(row.value()), result);
        }
        return result;
    }

    /**
     * A cases row's condition without the prose after it, as Weng prints GloVe's weighting: {@code \text{if } c <
     * c_{\max} \text{, } c_{\max} \text{ is adjustable.}} is {@code c < c_{\max}} (W0130), and {@code \text{if }
     * \text{otherwise}} is the otherwise row (null). Text that is prose has a space or punctuation in it, or is a
     * word a condition's prose starts with; the condition is cut at the first such text.
     */
    private Expr withoutProse(Expr condition) {
        if (isProse(condition)) {
            String word = file.source.slice(condition.span()).replaceAll("^\\\\[a-z]+\\s*\\{|\\}$", "").strip();
            if (word.matches("(?i)otherwise|else|elsewhere|else where")) {
                return null;
            }
        }
        if (!(condition instanceof Expr.Relation r) || !(r.right() instanceof Expr.Binary)) {
            return condition;
        }
        List<Expr> chain = new ArrayList<>();
        Expr e = r.right();
        while (e instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE) {
            chain.add(0, b.right());
            e = b.left();
        }
        chain.add(0, e);
        int cut = -1;
        for (int i = 1; i < chain.size() && cut < 0; i++) {
            cut = isProse(chain.get(i)) ? i : -1;
        }
        if (cut < 0) {
            return condition;
        }
        Expr kept = chain.get(0);
        for (int i = 1; i < cut; i++) {
            kept = new Expr.Binary(kept.span().to(chain.get(i).span()), chain.get(i).span(), BinaryOp.JUXTAPOSE, kept,
                    chain.get(i));
        }
        Span dropped = chain.get(cut).span().to(chain.get(chain.size() - 1).span());
        Diagnostic.of(Code.W0130, file.source, dropped, "`" + file.source.slice(dropped) + "` after the condition `"
                        + file.source.slice(r.span().start() < kept.span().end() ? new Span(r.span().start(),
                        kept.span().end()) : r.span()) + "` is read as prose and skipped")
                .caret("prose")
                .help("leave it out of the cases to say so")
                .report(file.diagnostics);
        return new Expr.Relation(new Span(r.span().start(), kept.span().end()), r.opSpan(), r.op(), r.left(), kept);
    }

    /** Whether {@code e} is {@code \text{…}} (or {@code \textrm}, {@code \mbox}) holding prose, not a name. */
    private boolean isProse(Expr e) {
        if (!(e instanceof Expr.Sym s) || s.kind() != dev.eqc.compiler.ast.SymKind.WORD || !s.bare()) {
            return false;
        }
        String printed = file.source.slice(s.span());
        if (!printed.matches("(?s)\\\\(text|textrm|textit|mbox)\\s*\\{.*\\}")) {
            return false;
        }
        String inside = printed.substring(printed.indexOf('{') + 1, printed.length() - 1);
        return !inside.strip().matches("[A-Za-z0-9_]+") || inside.strip().matches("(?i)otherwise|else|elsewhere|and|or"
                + "|where|for|if|when|with|is|are");
    }

    /**
     * ViT's {@code [\mathbf{x}_\text{class}; \mathbf{x}^1_p \mathbf{E}; \cdots; \mathbf{x}^N_p \mathbf{E}]} after
     * {@link PatternRows}: the declared vectors before the pattern, one row each, on top of the pattern's rows. Built
     * as the transpose of the columns concatenated: {@code [v, R^\top]^\top}.
     */
    private Term stackedRows(Expr.Group g) {
        List<Term> columns = new ArrayList<>();
        for (Expr item : g.items()) {
            Term t = expr(item);
            columns.add(PatternRows.isPatternRows(item) ? new Term.Transpose(item.span(), t)
                    : new Term.InsertAxis(item.span(), t, -1));
        }
        return new Term.Transpose(g.span(), new Term.BuiltinCall(g.span(), Builtin.CONCAT, columns));
    }

    /** Both links of a chained comparison: 1 where both hold (their product), else 0. */
    private Term both(Span at, Expr.Relation first, Expr.Relation second) {
        return new Term.Arith(at, second.opSpan(), Term.ArithOp.MUL, expr(first), expr(second));
    }

    /** {@code \mathbb{1}[x > 0]} or {@code \mathbb{1}_{x > 0}}: 1 where the condition holds. */
    /** Whether {@code q} names a value here (a parameter, an input or a value defined), not a function. */
    private boolean valueName(Expr.Sym q) {
        Binding b = names.find(NameKeys.full(q));
        return b instanceof Binding.ParamName || b instanceof Binding.InputName
                || b instanceof Binding.DefinitionName d && !d.definition().function();
    }

    Term indicator(Expr condition, Span at) {
        Term t = expr(condition);
        if (t instanceof Term.Compare c && c.left() instanceof Term.IndexValue a && c.right() instanceof Term.IndexValue b
                && counted(a.var()) >= 0 && counted(b.var()) >= 0 && counted(a.var()) != counted(b.var())) {
            // \mathbb{1}_{[k \neq i]} with k = 1, …, 2N and i a left-hand index counted from 0: the two name
            // positions of the same axis, so they are compared as positions, whatever each counts from.
            Diagnostic.of(Code.W0140, file.source, condition.span(), "`" + file.source.slice(condition.span())
                            + "` compares `" + a.var().name() + "` (counted from " + counted(a.var()) + ") with `"
                            + b.var().name() + "` (counted from " + counted(b.var()) + ") by position")
                    .caret("compared by position")
                    .help("state the range of the left-hand index to choose, like `\\quad \\text{for } i = 1, \\dots, n`")
                    .report(file.diagnostics);
            return new Term.Compare(c.span(), c.op(), position(a), position(b));
        }
        if (t instanceof Term.Compare) {
            return t;
        }
        return new Term.Compare(at, Term.CompareOp.NE, t, new Term.Literal(at, 0.0));
    }

    /** What an index counts from when its lower bound is a whole-number literal (0 when it has none), else -1. */
    private static int counted(IndexVar v) {
        if (v.lower() == null) {
            return 0;
        }
        return v.lower() instanceof Term.Literal l && (l.value() == 0 || l.value() == 1) ? (int) l.value() : -1;
    }

    /** An index's position from 0: its value less its lower bound. */
    private static Term position(Term.IndexValue v) {
        return counted(v.var()) == 1
                ? new Term.Arith(v.span(), v.span(), Term.ArithOp.SUB, v, new Term.Literal(v.span(), 1.0)) : v;
    }

    // ---- errors --------------------------------------------------------------------------

    /**
     * The expectation written over its draws alone at the left end of a product, {@code \\mathbb{E}[q \\sim P(Q),
     * o \\sim \\pi(O|q)]}: a plain E right before a square bracket whose items are all {@code \\sim} relations, with
     * something after it; null otherwise.
     */
    private Expr leadingDraws(Expr.Binary b) {
        Expr e = b;
        while (e instanceof Expr.Binary j && j.op() == BinaryOp.JUXTAPOSE) {
            if (j.left() instanceof Expr.Sym s && s.base().equals("E") && s.bare() && j.right() instanceof Expr.Group g
                    && g.bracket() == Bracket.SQUARE && !g.items().isEmpty()
                    && g.items().stream().allMatch(x -> x instanceof Expr.Relation r
                            && r.op() == dev.eqc.compiler.ast.RelOp.RELATED
                            && file.source.slice(r.opSpan()).strip().equals("\\sim"))) {
                return j == b ? null : j;
            }
            e = j.left();
        }
        return null;
    }

    /** {@code b}, a product whose leftmost factor is {@code draws}, without it. */
    private static Expr withoutDraws(Expr b, Expr draws) {
        Expr.Binary j = (Expr.Binary) b;
        if (j.left() == draws) {
            return j.right();
        }
        Expr left = withoutDraws(j.left(), draws);
        return new Expr.Binary(new Span(left.span().start(), j.span().end()), j.opSpan(), j.op(), left, j.right());
    }

    /**
     * Whether the subscript of a bracket, as written, marks a stop-gradient: {@code \text{no grad}},
     * {@code \text{no-grad}}, {@code \mathrm{sg}}, {@code \text{stopgrad}}, {@code \text{detach}}.
     */
    static boolean isStopGradientMark(String sub) {
        String words = sub.replaceAll("\\\\(text|mathrm|textrm|operatorname|mathit|textit)", "")
                .replaceAll("\\\\[,;:! ]", "").replaceAll("[{}_\\s~-]", "").toLowerCase(java.util.Locale.ROOT);
        return words.equals("nograd") || words.equals("sg") && sub.contains("\\") || words.equals("stopgrad")
                || words.equals("stopgradient")
                || words.equals("detach") || words.equals("detached");
    }

    Term unsupported(Span span, String help) {
        return error(Code.E0103, span, "not supported yet: `" + file.source.slice(span) + "`", help);
    }

    /** Reports an error at {@code span} and stands for the failed part: {@code NaN}. */
    Term error(Code code, Span span, String message, String help) {
        Diagnostic.of(code, file.source, span, message).help(help).report(file.diagnostics);
        return new Term.Literal(span, Double.NaN);
    }
}
