package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name-resolution pass: {@code Program → ResolvedProgram} (SPEC 2.1–2.3).
 *
 * <p>In phases: declarations fill the {@link FileScope} (inputs, dimensions, families;
 * {@link Declarations}); what every definition will define is noted before any body is read
 * (SPEC 2.3's index rule needs it); definitions are classified ({@link PendingDefinition}, strided
 * ones gathered by {@link StridedDefinitions}); then every body is resolved into {@code Term}s,
 * resolving the definitions it uses first ({@link Definitions}, {@link BodyResolver}). Undeclared
 * names become inferred inputs (shape inference reports them with a ready-to-paste declaration).
 *
 * <p>Reports: unknown functions and commands (E0101, E0102), wrong arity (E0104), recursion
 * (E0105), duplicate definitions (E0106), invalid left-hand sides (E0107), conflicting
 * declarations (E0109), and constructs of later language levels (E0103).
 */
public final class Resolver {
    private final FileScope file;
    private final String resultName;

    private Resolver(FileScope file, String resultName) {
        this.file = file;
        this.resultName = resultName;
    }

    /**
     * Resolves a program. {@code resultName} names the definition made from a bare expression
     * (the class name, e.g. {@code Attention}).
     */
    public static ResolvedProgram resolve(Program program, String resultName, Diagnostics diagnostics) {
        return resolve(program, resultName, diagnostics, java.util.Set.of());
    }

    /**
     * Resolves a program whose functions named in {@code localParameters} (by key) take no parameter's shape from a
     * declared input of the same name: each call gives it (EqCompiler's second reading).
     */
    public static ResolvedProgram resolve(Program program, String resultName, Diagnostics diagnostics,
            java.util.Set<String> localParameters) {
        Rereadings reading = new Rereadings();
        reading.localParameters.addAll(localParameters);
        return resolve(program, resultName, diagnostics, reading);
    }

    /** Resolves a program read again with what the shape pass found in a first reading ({@link Rereadings}). */
    public static ResolvedProgram resolve(Program program, String resultName, Diagnostics diagnostics,
            Rereadings reading) {
        return new Resolver(new FileScope(program.source(), diagnostics, reading), resultName)
                .run(rewrite(program, diagnostics));
    }

    /**
     * The statement-level readings, in order: an input defined from itself ({@link InputUpdates}), a matrix's diagonal given apart ({@link DiagonalOverrides}), a name defined again from itself ({@link Redefinitions}), a running product read a step back ({@link PrefixReductionShifts}), a function differentiating with respect to its parameter ({@link ParameterGradients}), a gradient
     * at a point ({@link GradientPoints}), a function of a tensor's element ({@link ElementArguments}), a call on
     * the name being defined ({@link InvertedForms}), label lists ({@link LabelLists}), diagonals of listed entries
     * ({@link ListedDiagonals}), reductions over the rows of a tensor ({@link MemberReductions}) and sets written as
     * definitions ({@link SetBuilderDefinitions}).
     */
    private static Program rewrite(Program program, Diagnostics diagnostics) {
        Program p = ImplicitFamilies.expand(program, diagnostics);
        p = CapitalDeclarations.expand(p, diagnostics);
        p = RangeSets.expand(p, diagnostics);
        p = BracketElements.expand(p, diagnostics);
        p = BracketSubscripts.expand(p, diagnostics);
        p = BasisVectors.expand(p, diagnostics);
        p = DefinedParameters.expand(p, diagnostics);
        p = OneStepLetters.expand(p, diagnostics);
        p = DottedChainForms.expand(p, diagnostics);
        p = DottedSums.expand(p, diagnostics);
        p = PatternColumns.expand(p, diagnostics);
        p = PatternRows.expand(p, diagnostics);
        p = DottedDiagonals.expand(p, diagnostics);
        p = DottedLists.expand(p, diagnostics);
        p = OptimisedObjectives.expand(p, diagnostics);
        p = ElementUpdates.expand(p, diagnostics);
        p = InputUpdates.expand(p, diagnostics);
        p = GuardedDefinitions.expand(p, diagnostics);
        p = DiagonalOverrides.expand(p, diagnostics);
        p = SampleArguments.expand(p, diagnostics);
        p = IndexCountNames.expand(p, diagnostics);
        p = Redefinitions.expand(p, diagnostics);
        p = PrefixReductionShifts.expand(p, diagnostics);
        p = PerElementTotals.expand(p, diagnostics);
        p = ParameterGradients.expand(p, diagnostics);
        p = GradientPoints.expand(p);
        p = CosineRows.expand(p, diagnostics);
        p = FreeElementIndex.expand(p, diagnostics);
        p = EventArguments.expand(p, diagnostics);
        p = LabelledStacks.expand(p, diagnostics);
        p = ElementArguments.expand(p, diagnostics);
        p = InvertedForms.expand(p, diagnostics);
        p = LabelLists.expand(p, diagnostics);
        p = ListedDiagonals.expand(p, diagnostics);
        p = MemberReductions.expand(p, diagnostics);
        return SetBuilderDefinitions.expand(p, diagnostics);
    }

    private ResolvedProgram run(Program program) {
        file.setJointSizes(JointSizes.of(program));
        file.setWordRuns(WordRuns.of(program));
        Declarations declarations = new Declarations(file);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                declarations.declare(d);
            }
        }
        Set<Statement.Definition> dimensionDefinitions = declarations.defineDimensions(program);
        noteNames(program, dimensionDefinitions);
        collectDefinitions(program, dimensionDefinitions);
        file.noteReadsUnderSets(SetScopedReads.scan(program));
        Map<String, Input> assertedShapes = readWrappers(program);
        // A definition of a declared name: the declaration states the result's shape.
        // An update (`\theta \leftarrow \theta - \eta g`) keeps the old value as an input.
        Map<String, Input> outputDeclarations = new HashMap<>();
        for (PendingDefinition p : file.definitions()) {
            if (!p.update()) {
                file.takeDeclaration(p.key()).ifPresent(declared -> outputDeclarations.put(p.key(), declared));
            }
        }
        // Generated names must not depend on the order of the definitions: a name some definition
        // spells exactly is kept for it before any is allocated.
        for (PendingDefinition p : file.definitions()) {
            String spelled = p.resultName() != null ? p.resultName()
                    : p.nameSym() != null ? JavaNames.of(p.nameSym(), true) : null;
            if (spelled != null && JavaNames.methodName(spelled).equals(spelled)) {
                file.methodNames().prefer(spelled);
            }
        }
        Definitions definitions = new Definitions(file);
        List<Definition> defs = new ArrayList<>();
        List<Constant> constants = new ArrayList<>();
        List<PendingDefinition> picking = new ArrayList<>();
        for (PendingDefinition p : List.copyOf(file.definitions())) {
            if (!IndexParameters.positions(p, file).isEmpty()) {
                picking.add(p);   // resolved last: read at its calls when they pass indices
                continue;
            }
            keep(definitions.resolve(p), defs, constants);
        }
        // those no other definition applies first: reading them reads the calls of the others
        List<PendingDefinition> applied = picking.stream().filter(p -> appliedElsewhere(p, file)).toList();
        picking.removeAll(applied);
        picking.addAll(applied);
        for (PendingDefinition p : picking) {
            if (file.wasExpanded(p.key())) {
                continue;   // \hat{v}(s, \mathbf{w}) read at each call as its body there (W0388)
            }
            PendingDefinition table = definitions.isResolved(p) ? null : IndexParameters.asTable(p, file);
            keep(definitions.resolve(table != null ? table : p), defs, constants);
        }
        // A generic function without namesakes that some call instantiated needs no method; one that
        // nothing calls keeps the method its body implies (its W0103 says what that method takes).
        defs.removeIf(d -> d.function() && definitions.wasInstantiated(d));
        if (defs.isEmpty() && !file.diagnostics.hasErrors()) {
            Diagnostic.of(Code.E0107, file.source, new Span(0, 0), "nothing to compute: the file defines no equation")
                    .help("add a definition like `y = xW + b`, or a bare expression")
                    .report(file.diagnostics);
        }
        Map<Definition, Input> outputs = new IdentityHashMap<>();
        for (Definition d : defs) {
            Input declared = outputDeclarations.getOrDefault(d.key(), assertedShapes.get(d.key()));
            if (declared != null) {
                outputs.put(d, declared);
            }
        }
        return new ResolvedProgram(file.source, file.inputsInOrder(), constants, defs, outputs, file.dimensions(),
                file.dimTies());
    }

    /** Whether another definition of the file applies {@code p} ({@code h(s, b, \boldsymbol{\theta})} in a body). */
    private static boolean appliedElsewhere(PendingDefinition p, FileScope file) {
        for (PendingDefinition other : file.definitions()) {
            if (other != p && IndexLetters.nodes(other.rhs(), true).stream().anyMatch(n -> n instanceof Expr.Apply a
                    && a.callee() instanceof Expr.Sym f && NameKeys.full(f).equals(p.key()))) {
                return true;
            }
        }
        return false;
    }

    private static void keep(Resolved r, List<Definition> defs, List<Constant> constants) {
        if (r instanceof Resolved.Defined d) {
            defs.add(d.definition());
        } else if (r instanceof Resolved.Generic g) {
            defs.add(g.instance() != null ? g.instance() : g.definition());
        } else if (r instanceof Resolved.Folded c) {
            constants.add(c.constant());
        }
    }

    /**
     * Whether {@code sym} ({@code \delta_{t+l}^V}) is a name defined element by element on another line than
     * {@code d}, read with a subscript of index letters and numbers of which one is an index of a sum in
     * {@code d} ({@code l} of {@code \sum_{l=0}^{\infty}}): the sum runs over its positions.
     */
    private static boolean readsDefinedAtSumIndex(Expr.Sym sym, Set<String> sumLetters, Set<String> defines,
            Statement.Definition d) {
        List<OffsetSubscript.Item> items = OffsetSubscript.of(sym.sub());
        if (items == null || sumLetters.isEmpty()
                || OffsetSubscript.letters(items).stream().noneMatch(sumLetters::contains)) {
            return false;
        }
        String base = OffsetSubscript.baseKey(sym);
        if (!defines.contains(base)) {
            return false;
        }
        Expr.Sym own = d.lhs() instanceof Expr.Sym l ? l : null;
        return own == null || !NameKeys.full(own.withScripts(own.span(), null, own.sup(), own.primes())).equals(base);
    }

    /**
     * What bodies must know before any is read: upper limits that are dimensions
     * ({@code \sum_{i=1}^{H}}), letters used as time steps ({@code m_{t-1}}), and every name a
     * statement defines.
     */
    private void noteNames(Program program, Set<Statement.Definition> dimensionDefinitions) {
        // V(s_{t+1}) with V defined nowhere: the argument is printed, not computed, so its t is no time step.
        Set<String> defines = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply f && f.callee() instanceof Expr.Sym c) {
                defines.add(NameKeys.full(c));
            } else if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym c) {
                defines.add(NameKeys.full(c));
                defines.add(NameKeys.full(c.withScripts(c.span(), null, null, c.primes())));
                defines.add(NameKeys.full(c.withScripts(c.span(), null, c.sup(), c.primes())));
            }
        }
        Set<Expr> printedOnly = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                SubscriptForms.walk(d.rhs(), x -> {
                    if (x instanceof Expr.Apply a && a.callee() instanceof Expr.Sym c && !defines.contains(NameKeys.full(c))
                            && !(c.bare() && Builtin.lookup(c.base()).isPresent())) {
                        a.args().forEach(arg -> SubscriptForms.walk(arg, printedOnly::add));
                    }
                });
            }
        }
        // x_k = \bar{A} x_{k-1} + \bar{B} u_k with u a declared sequence: a scan over k (Recurrences), so k indexes u
        // and is no time step, and x_{k-1} is the state the step before left.
        file.setRecurrences(Recurrences.find(program, file));
        java.util.function.Predicate<Expr.Sym> positional = sym -> file.readsAtPosition(sym) || printedOnly.contains(sym);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Condition c && c.of() instanceof Statement.Definition d) {
                // y_t = … \quad t = 1, \dots, T: t is an index of y_t even when it indexes nothing.
                List<Expr[]> ranges = indexRanges(c.condition());
                for (Expr[] range : ranges == null ? List.<Expr[]>of() : ranges) {
                    if (range[0] instanceof Expr.Sym index && index.bare()) {
                        file.addWrittenRange(d.rhs(), index.base());
                    }
                }
            }
            if (s instanceof Statement.Definition d) {
                List<String> lhsLetters = d.lhs() instanceof Expr.Sym ls ? IndexLetters.of(ls.sub()) : null;
                Set<String> reductionLetters = new HashSet<>();
                SubscriptForms.walk(d.rhs(), x -> {
                    if (x instanceof Expr.BigOp big && big.operator().sub() != null) {
                        for (Expr under : big.operator().sub().items()) {
                            Expr v = under instanceof Expr.Relation r ? r.left() : under;
                            if (v instanceof Expr.Sym sym && sym.bare()) {
                                reductionLetters.add(sym.base());
                            }
                        }
                    }
                });
                for (String limit : IndexLetters.sumLimits(d.rhs())) {
                    // \bar\alpha_t = \prod_{s=1}^{t} \alpha_s: t is the left-hand index, not a dimension; nor is
                    // Retrace's s in \sum_{s \ge t} … \prod_{i=t+1}^{s} c_i, the outer sum's index (it was a size,
                    // and the product E0103).
                    if (!file.hasInput(limit) && (lhsLetters == null || !lhsLetters.contains(limit))
                            && !reductionLetters.contains(limit)) {
                        file.addDimension(limit);
                    }
                }
                // p(C_i \mid C_1, \ldots, C_{i-1}, \mathcal{P}) = … (Pointer networks): the arguments of a function's
                // left-hand side are its parameters or notation, so their subscripts make no time steps of the file.
                Recurrences.Recurrence scan = file.recurrence(d.rhs());
                java.util.function.Predicate<Expr.Sym> ownStep = sym -> sym.sub() != null && (scan != null
                        && (scan.selfReads().contains(sym.span()) || sym.span().equals(d.lhs().span()))
                        || Recurrences.readsScan(sym, file.recurrences()));
                file.addTimeSteps(IndexLetters.timeSteps(d.lhs() instanceof Expr.Apply la ? la.callee() : d.lhs(),
                        sym -> file.readsAtPosition(sym) || ownStep.test(sym)));
                // \hat{A}_t = \sum_{l=0}^{\infty} (\gamma\lambda)^l \delta_{t+l}^V after \delta_t^V = …: a letter of the
                // sum's own index in the subscript of a name another line defines reads positions (GAE), no time step.
                Set<String> sumLetters = IndexLetters.reductionLetters(d.rhs());
                file.addTimeSteps(IndexLetters.timeSteps(d.rhs(), sym -> positional.test(sym) || ownStep.test(sym)
                        || readsDefinedAtSumIndex(sym, sumLetters, defines, d)));
                file.addValueLetters(IndexLetters.valueLetters(d.rhs()));
            }
            noteApplications(s);
        }
        noteStepLabels(program);
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Definition d) || dimensionDefinitions.contains(d)) {
                continue;
            }
            if (d.lhs() instanceof Expr.Sym sym && sym.sup() == null && (IndexLetters.of(sym.sub()) != null
                    || StridedDefinitions.isStrided(d))) {
                // y_i may define y element by element: only the base counts as defined here.
                file.markDefined(NameKeys.full(sym.withScripts(sym.span(), null, null, sym.primes())));
                List<String> subLetters = IndexLetters.of(sym.sub());
                if (subLetters != null && subLetters.stream().anyMatch(l -> !IndexLetters.occursFree(l, d.rhs(), file::hasInput))) {
                    // \mu_B = \frac{1}{m} \sum_{i=1}^m x_i (Wikipedia's batch norm): a subscript letter its right-hand side
                    // never reads cannot be an index of it, so the whole spelling is the name defined; \sigma_B^2 =
                    // \frac{1}{m} \sum_i (x_i - \mu_B)^2 then reads that name, and B is no index of \sigma^2 (was W0196).
                    file.markDefined(NameKeys.full(sym));
                }
            } else if (d.lhs() instanceof Expr.Sym sym) {
                file.markDefined(NameKeys.full(sym));
                if (sym.sup() != null && IndexLetters.of(sym.sub()) != null && !NameKeys.isTranspose(sym)) {
                    // \delta_t^V = …: defines \delta^V element by element over t (PendingDefinition), read as \delta_{t+l}^V.
                    file.markDefined(NameKeys.full(sym.withScripts(sym.span(), null, sym.sup(), sym.primes())));
                }
            } else if (d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee) {
                List<String> family = callee.sup() == null ? IndexLetters.of(callee.sub()) : null;
                if (family != null && family.stream().allMatch(l -> IndexLetters.occursFree(l, d.rhs(), file::hasInput))) {
                    // Géron's s_k(\mathbf{x}) = \boldsymbol{\Theta}_k^T \mathbf{x}: a family of functions, one per k (the
                    // definition's key is s); a later \hat{p}_k = \frac{\exp(s_k(\mathbf{x}))}{\sum_j \exp(s_j(\mathbf{x}))}
                    // reads member k, so k indexes there (it was the input s_k(x), and p̂_k one name).
                    file.markDefined(NameKeys.full(callee.withScripts(callee.span(), null, null, callee.primes())));
                } else {
                    file.markDefined(NameKeys.full(callee));
                }
            }
        }
    }

    /**
     * Kalman's measurement update {@code \hat{x}_k = \hat{x}_k^- + K_k(z_k - H \hat{x}_k^-)} with {@code \hat{x}_k^-},
     * {@code K_k}, {@code z_k} declared under those spellings (Welch & Bishop): the left-hand {@code k} indexes
     * nothing; it is the step the declared names carry, so part of the names, as {@code t} of Adam's {@code m_t}
     * (W0286). Only when the left-hand name is declared under another mark ({@code \hat{x}_k^-}), which made
     * {@code k} an index of it with no range (W0196); not when the file reads {@code k} as an index anywhere (a tensor subscripted by it whose spelling is
     * not declared, a reduction over it, a written range), nor when a carrier's first size is the capital of the
     * letter ({@code b_u \in \mathbb{R}^{U}}, W0257).
     */
    private void noteStepLabels(Program program) {
        Map<String, Statement.Definition> candidates = new java.util.LinkedHashMap<>();
        Set<String> indices = new HashSet<>();
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Definition d)) {
                continue;
            }
            SubscriptForms.walk(d.rhs(), x -> {
                if (x instanceof Expr.BigOp big && big.operator().sub() != null) {
                    indices.addAll(IndexLetters.reductionLetters(big));
                }
                if (x instanceof Expr.Sym sym && sym.sub() != null && IndexLetters.of(sym.sub()) != null
                        && !declaredWhole(sym)) {
                    indices.addAll(IndexLetters.of(sym.sub()));
                }
            });
            String k = d.lhs() instanceof Expr.Sym l && l.sub() != null && l.sub().isSingle()
                    && l.sub().single() instanceof Expr.Sym letter && letter.bare() && letter.primes() == 0
                    && letter.kind() == dev.eqc.compiler.ast.SymKind.LETTERS && letter.base().length() == 1 ? letter.base() : null;
            if (k == null || file.isTimeStep(k) || file.isDimension(k) || file.hasInput(k)
                    || file.hasWrittenRange(d.rhs(), k)) {
                continue;
            }
            boolean[] carried = {false};
            boolean[] capital = {false};
            Expr.Sym own = (Expr.Sym) d.lhs();
            String base = NameKeys.full(own.withScripts(own.span(), null, null, own.primes()));
            SubscriptForms.walk(d.rhs(), x -> {
                if (x instanceof Expr.Sym sym && sym.sub() != null && sym.sub().isSingle()
                        && sym.sub().single() instanceof Expr.Sym letter && letter.bare() && letter.base().equals(k)
                        && declaredWhole(sym)) {
                    // the left-hand name itself under another mark (\hat{x}_k^- beside \hat{x}_k) made k an index
                    carried[0] |= sym.sup() != null
                            && NameKeys.full(sym.withScripts(sym.span(), null, null, sym.primes())).equals(base);
                    List<dev.eqc.compiler.term.Dim> dims = file.input(NameKeys.full(sym)).dims();
                    capital[0] |= dims != null && !dims.isEmpty() && dims.get(0) instanceof dev.eqc.compiler.term.Dim.Symbol size
                            && size.name().equals(k.toUpperCase(java.util.Locale.ROOT));
                }
            });
            if (carried[0] && !capital[0]) {
                candidates.putIfAbsent(k, d);
            } else {
                indices.add(k);
            }
        }
        for (Map.Entry<String, Statement.Definition> c : candidates.entrySet()) {
            if (indices.contains(c.getKey())) {
                continue;
            }
            file.addTimeSteps(Set.of(c.getKey()));
            Expr.Sym lhs = (Expr.Sym) c.getValue().lhs();
            Diagnostic.of(Code.W0286, file.source, lhs.span(), "`" + file.source.slice(lhs.span()) + "`: `" + c.getKey()
                            + "` indexes nothing here; it is the step the declared names of the right-hand side carry,"
                            + " so it is part of the names (`" + file.source.slice(lhs.span()) + "` is one value, not one"
                            + " per `" + c.getKey() + "`)")
                    .caret("a name, `" + c.getKey() + "` a step label")
                    .help("to define one value per `" + c.getKey() + "`, declare the inputs by their names alone and"
                            + " index them (`z \\in \\mathbb{R}^{K \\times m}` with `z_" + c.getKey() + "`)")
                    .report(file.diagnostics);
        }
    }

    /** Whether {@code sym}, with its scripts, is an input declared under that whole spelling ({@code K_k}). */
    private boolean declaredWhole(Expr.Sym sym) {
        Input in = file.input(NameKeys.full(sym));
        return in != null && in.declared();
    }

    /** Every application in a statement's right-hand side, by callee (functions the file may not define). */
    private void noteApplications(Statement s) {
        Expr e = s instanceof Statement.Definition d ? d.rhs() : s instanceof Statement.Bare b ? b.expr() : null;
        if (s instanceof Statement.ShapeAssertion a) {
            noteApplications(a.of());
        } else if (s instanceof Statement.Condition c) {
            noteApplications(c.of());
        }
        if (e == null) {
            return;
        }
        Set<String> masked = new HashSet<>();
        if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Apply f) {
            for (Expr p : f.withConditionsAsArguments().args()) {
                if (p instanceof Expr.Sym ps && ps.sub() == null && ps.sup() == null) {
                    masked.add(ps.base() + "'".repeat(ps.primes()));
                }
            }
        }
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.BigOp big && big.operator().sub() != null && big.operator().sub().isSingle()) {
                Expr under = big.operator().sub().single();
                Expr bound = under instanceof Expr.Relation r ? r.left() : under;
                if (bound instanceof Expr.Sym b && b.sub() == null && b.sup() == null) {
                    masked.add(b.base() + "'".repeat(b.primes()));
                }
            }
        });
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee) {
                file.noteApplication(NameKeys.full(callee), AppliedValues.argumentText(file.source,
                        a.withConditionsAsArguments(), masked));
            }
        });
    }

    /** Classifies every definition and bare expression; strided ones are gathered into one. */
    /** The definition each definition or bare statement became, for the wrappers that annotate it. */
    private final Map<Statement, PendingDefinition> pendingOf = new IdentityHashMap<>();

    /**
     * Shape annotations and condition tails (docs/LANGUAGE.md, "Definitions and wrappers"): returns the
     * shapes asserted for definitions, by key, and notes the index ranges conditions state.
     */
    private Map<String, Input> readWrappers(Program program) {
        Map<String, Input> asserted = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.ShapeAssertion a) {
                PendingDefinition p = pendingOf.get(a.of());
                if (p == null) {
                    continue; // its definition was reported
                }
                if (!p.indexLetters().isEmpty()) {
                    Diagnostic.of(Code.W0131, file.source, a.span(), "the shape after an element-wise definition is"
                                    + " ambiguous (one element or the whole result?); eqc does not check it")
                            .caret("not checked")
                            .help("declare the result on its own line, like `" + p.latexName() + " \\in \\mathbb{R}^{n}`")
                            .report(file.diagnostics);
                    continue;
                }
                List<dev.eqc.compiler.term.Dim> dims = new ArrayList<>();
                boolean ok = true;
                for (Expr e : a.domain().dims()) {
                    dev.eqc.compiler.term.Dim dim = DimConverter.convert(e, file);
                    ok &= dim != null;
                    dims.add(dim);
                }
                if (ok) {
                    asserted.put(p.key(), new Input(p.key(), file.source.slice(a.span()), p.key(), a.span(), dims,
                            a.domain().field() != dev.eqc.compiler.ast.Domain.Field.REAL, true, -1));
                }
            } else if (s instanceof Statement.Condition c) {
                condition(c);
            }
        }
        return asserted;
    }

    /**
     * {@code \text{for } i = 1, \dots, n} after {@code y_i = …}: the range of a left-hand index, used.
     * Anything else ({@code \textrm{for all } s \in \mathcal{S}}, {@code \text{where } z \in [0, 1]})
     * is prose: skipped with a warning (W0130), never an error.
     */
    private void condition(Statement.Condition c) {
        PendingDefinition p = c.of() == null ? null : pendingOf.get(c.of());
        if (p != null && !p.function() && c.condition().size() == 1 && c.condition().get(0) instanceof Expr.Relation rel
                && (rel.op() == dev.eqc.compiler.ast.RelOp.LE || rel.op() == dev.eqc.compiler.ast.RelOp.LT
                        || rel.op() == dev.eqc.compiler.ast.RelOp.GE || rel.op() == dev.eqc.compiler.ast.RelOp.GT)
                && rel.left() instanceof Expr.Sym j && j.bare() && rel.right() instanceof Expr.Sym i && i.bare()
                && !j.base().equals(i.base()) && p.indexLetters().contains(j.base())
                && p.indexLetters().contains(i.base()) && file.indexCut(p.key()) == null) {
            // Jurafsky & Martin's causal attention, \alpha_{ij} = \mathrm{softmax}(\mathrm{score}(\mathbf{x}_i,
            // \mathbf{x}_j)) \quad \forall j \leq i: the definition holds where the comparison of two of its left-hand
            // indices does; elsewhere the entry is 0, and a softmax or sum over that index inside runs over the kept
            // terms (W0471). It was skipped as prose (W0130): the softmax ran over every j.
            file.addIndexCut(p.key(), rel);
            String kept = file.source.slice(rel.span());
            Diagnostic.of(Code.W0471, file.source, c.span(), "`" + file.source.slice(c.span()) + "` states where `"
                            + p.latexName() + "` is defined: its entries with `" + kept + "` are computed, the others"
                            + " are 0, and a softmax over `" + j.base() + "` in it normalises over the terms with `" + kept
                            + "` only")
                    .caret("0 outside " + kept)
                    .help("write the mask into the definition (`\\begin{cases} … & " + kept + " \\\\ 0 &"
                            + " \\text{otherwise} \\end{cases}`, with the normaliser written out) to say so")
                    .report(file.diagnostics);
            return;
        }
        List<Expr[]> ranges = indexRanges(c.condition());
        if (p != null && ranges != null && ranges.stream().allMatch(r -> r[0] instanceof Expr.Sym index
                && p.indexLetters().contains(index.base()) && file.indexRange(p.key(), index.base()) == null)) {
            for (Expr[] r : ranges) {
                file.addIndexRange(p.key(), ((Expr.Sym) r[0]).base(), r[1], r[2]);
            }
            return;
        }
        Expr[] range = ranges == null ? null : ranges.stream()
                .filter(r -> !(r[0] instanceof Expr.Sym index && p != null && p.indexLetters().contains(index.base())))
                .findFirst().orElse(ranges.get(0));
        String why = p == null ? "it follows no definition"
                : range != null && range[0] instanceof Expr.Sym index
                        ? "`" + file.source.slice(index.span()) + "` is not an index of `" + p.latexName() + "`"
                        : "it states no range of an index of the definition";
        Diagnostic.of(Code.W0130, file.source, c.span(), "`" + file.source.slice(c.span()) + "` is read as prose and"
                        + " skipped: " + why)
                .caret("skipped")
                .help("a condition is used when it gives the range of an index of the left-hand side, like"
                        + " `y_i = 2 x_i \\quad \\text{for } i = 1, \\dots, n`")
                .report(file.diagnostics);
    }

    /**
     * The ranges a condition states: one, or one for each index of {@code m, n = 1, \dots, L} (KERPLE's
     * bias {@code b_{mn}}), each (index, first, last); null when it states none.
     */
    private static List<Expr[]> indexRanges(List<Expr> items) {
        int lead = 0;
        while (lead < items.size() && items.get(lead) instanceof Expr.Sym sym && sym.bare()
                && sym.kind() != dev.eqc.compiler.ast.SymKind.COMMAND) {
            lead++;
        }
        Expr[] range = indexRange(items.subList(lead, items.size()));
        if (range == null) {
            return null;
        }
        List<Expr[]> ranges = new ArrayList<>();
        for (Expr index : items.subList(0, lead)) {
            ranges.add(new Expr[] {index, range[1], range[2]});
        }
        ranges.add(range);
        return ranges;
    }

    /**
     * {@code i = 1, \dots, n}, {@code i = 0, \ldots, n-1}, {@code i \in \{1, \dots, n\}} or {@code j \in (1,
     * \ldots, n)} (the tuple Pointer networks print), or the whole-number interval {@code j \in [1, k]} as (index,
     * first, last) with first 0 or 1; null for anything else.
     */
    private static Expr[] indexRange(List<Expr> items) {
        Expr[] between = items.size() == 1 ? betweenRange(items.get(0)) : null;
        if (between != null) {
            return between;
        }
        List<Expr> list = items;
        Expr index;
        if (items.size() == 1 && items.get(0) instanceof Expr.Relation rel && rel.op() == dev.eqc.compiler.ast.RelOp.IN
                && rel.right() instanceof Expr.Group g && g.bracket() == dev.eqc.compiler.ast.Bracket.SQUARE
                && g.items().size() == 2 && rel.left() instanceof Expr.Sym sym && sym.bare()
                && g.items().get(0) instanceof Expr.Num first && (first.value() == 0.0 || first.value() == 1.0)) {
            return new Expr[] {sym, first, g.items().get(1)};
        }
        if (items.size() == 1 && items.get(0) instanceof Expr.Relation rel && rel.op() == dev.eqc.compiler.ast.RelOp.IN
                && rel.right() instanceof Expr.Group g && (g.bracket() == dev.eqc.compiler.ast.Bracket.SET
                        || g.bracket() == dev.eqc.compiler.ast.Bracket.PAREN)) {
            index = rel.left();
            List<Expr> rest = new ArrayList<>();
            rest.add(null);
            rest.addAll(g.items());
            list = rest;
            if (list.size() != 4) {
                return null;
            }
            list.set(0, new Expr.Relation(rel.span(), rel.opSpan(), dev.eqc.compiler.ast.RelOp.EQ, index, g.items().get(0)));
        }
        if (list.size() == 4 && list.get(1) instanceof Expr.Num) {
            // i = 1, 2, \dots, n
            list = List.of(list.get(0), list.get(2), list.get(3));
        }
        if (list.size() != 3 || !(list.get(0) instanceof Expr.Relation rel) || rel.op() != dev.eqc.compiler.ast.RelOp.EQ
                || !(rel.left() instanceof Expr.Sym sym) || !sym.bare()
                || !(rel.right() instanceof Expr.Num first) || first.value() != 0.0 && first.value() != 1.0
                || !(list.get(1) instanceof Expr.Sym dots) || !java.util.Set.of("\\dots", "\\ldots", "\\cdots", "\\dotsc")
                        .contains(dots.base())) {
            return null;
        }
        return new Expr[] {sym, first, list.get(2)};
    }

    /**
     * {@code 1 \le j \le N}, {@code 0 \le i < n} (Rabiner's {@code \quad 1 \le j \le N}) as (index, first, last), the
     * range {@code j = 1, \dots, N}, {@code i = 0, \dots, n-1}; null for anything else.
     */
    private static Expr[] betweenRange(Expr e) {
        if (!(e instanceof Expr.Relation outer) || !upward(outer.op()) || !(outer.left() instanceof Expr.Relation inner)
                || !upward(inner.op()) || !(inner.left() instanceof Expr.Num low)
                || !(inner.right() instanceof Expr.Sym sym) || !sym.bare()) {
            return null;
        }
        double first = low.value() + (inner.op() == dev.eqc.compiler.ast.RelOp.LT ? 1 : 0);
        if (first != 0.0 && first != 1.0) {
            return null;
        }
        Expr high = outer.right();
        Expr last = outer.op() == dev.eqc.compiler.ast.RelOp.LE ? high
                : new Expr.Binary(high.span(), high.span(), dev.eqc.compiler.ast.BinaryOp.SUB, high,
                        new Expr.Num(high.span(), "1"));
        return new Expr[] {sym, new Expr.Num(low.span(), first == 0.0 ? "0" : "1"), last};
    }

    private static boolean upward(dev.eqc.compiler.ast.RelOp op) {
        return op == dev.eqc.compiler.ast.RelOp.LE || op == dev.eqc.compiler.ast.RelOp.LT;
    }

    /**
     * Whether {@code rhs} is a call of a word-named function ({@code \mathrm{align}(h_t, \bar{h}_s)}) that is
     * neither a built-in nor defined by any statement of the program, with names as arguments.
     */
    private static boolean namesNextForm(Expr rhs, Program program) {
        if (!(rhs instanceof Expr.Apply a) || !(a.callee() instanceof Expr.Sym f) || a.args().isEmpty()
                || !a.args().stream().allMatch(x -> x instanceof Expr.Sym)) {
            return false;
        }
        boolean word = f.kind() == dev.eqc.compiler.ast.SymKind.WORD
                || f.kind() == dev.eqc.compiler.ast.SymKind.COMMAND && !GreekLetters.isLetter(f.base());
        if (!word || f.sub() != null || f.sup() != null || Builtin.lookup(f.base()).isPresent()) {
            return false;
        }
        String key = NameKeys.full(f);
        return program.statements().stream().noneMatch(st -> st instanceof Statement.Definition d
                && (d.lhs() instanceof Expr.Apply la && la.callee() instanceof Expr.Sym g && NameKeys.full(g).equals(key)
                        || d.lhs() instanceof Expr.Sym g2 && NameKeys.full(g2).equals(key)));
    }

    /** The sets (their names, {@code \mathcal{N}}) a reduction in {@code e} runs over: {@code \sum_{k \in \mathcal{N}_i}}. */
    private static Set<String> setsReducedOver(Expr e) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Expr n : IndexLetters.nodes(e, false)) {
            Expr.Sym op = n instanceof Expr.BigOp b ? b.operator() : null;
            if (op == null || op.sub() == null) {
                continue;
            }
            for (Expr item : op.sub().items()) {
                if (item instanceof Expr.Relation r && r.op() == dev.eqc.compiler.ast.RelOp.IN
                        && r.right() instanceof Expr.Sym set && set.kind() == dev.eqc.compiler.ast.SymKind.CAL) {
                    out.add(NameKeys.base(set));
                }
            }
        }
        return out;
    }

    /**
     * The first application in {@code form} of a function that is neither a built-in nor defined or declared by
     * any statement of the program ({@code \mathbf{F}_{ex}(\mathbf{z}, \mathbf{W})}, {@code g} in
     * {@code \sigma(g(\mathbf{z}, \mathbf{W}))}), or null.
     */
    private static Expr.Apply undefinedCall(Expr form, Program program) {
        Expr.Apply[] found = {null};
        SubscriptForms.walk(form, e -> {
            if (found[0] == null && e instanceof Expr.Apply a && a.callee() instanceof Expr.Sym f && !a.args().isEmpty()
                    && f.sup() == null && !Builtin.lookup(f.base()).isPresent()
                    && !knownName(NameKeys.full(f), program)) {
                found[0] = a;
            }
        });
        return found[0];
    }

    /** The first name in {@code form} subscripted by an index whose base the program neither declares nor defines. */
    private static Expr.Sym unknownSubscripted(Expr form, Program program) {
        Expr.Sym[] found = {null};
        SubscriptForms.walk(form, e -> {
            if (found[0] == null && e instanceof Expr.Sym s && s.sub() != null && s.sup() == null
                    && s.kind() == dev.eqc.compiler.ast.SymKind.LETTERS && s.base().length() == 1
                    && !knownName(NameKeys.full(s.withScripts(s.span(), null, null, s.primes())), program)
                    && !knownName(NameKeys.full(s), program)) {
                found[0] = s;
            }
        });
        return found[0];
    }

    /** Whether a statement of the program defines or declares the name or function {@code key}. */
    private static boolean knownName(String key, Program program) {
        for (Statement st : program.statements()) {
            if (st instanceof Statement.Definition d && (d.lhs() instanceof Expr.Apply la
                    && la.callee() instanceof Expr.Sym g && NameKeys.full(g).equals(key)
                    || d.lhs() instanceof Expr.Sym g2 && NameKeys.full(g2).equals(key))) {
                return true;
            }
            if (st instanceof Statement.Declaration decl && (decl.names().stream().anyMatch(n -> NameKeys.full(n).equals(key))
                    || decl.applied().stream().anyMatch(a -> a.callee() instanceof Expr.Sym g && NameKeys.full(g).equals(key)))) {
                return true;
            }
        }
        return false;
    }

    /** A left-hand side that is an expression (a product, a fraction, a sum), which nothing can define. */
    private static boolean isExpressionSide(dev.eqc.compiler.ast.Expr lhs) {
        if (lhs instanceof dev.eqc.compiler.ast.Expr.Frac) {
            return true;
        }
        if (lhs instanceof dev.eqc.compiler.ast.Expr.Binary b) {
            return b.op() != dev.eqc.compiler.ast.BinaryOp.JUXTAPOSE
                    || !(b.left() instanceof dev.eqc.compiler.ast.Expr.Sym
                            || b.left() instanceof dev.eqc.compiler.ast.Expr.Apply);
        }
        return false;
    }

    private void collectDefinitions(Program program, Set<Statement.Definition> dimensionDefinitions) {
        int bare = 0;
        Set<Statement> takenByGroups = new HashSet<>();
        List<Statement> statements = program.statements();
        for (int at = 0; at < statements.size(); at++) {
            Statement s = statements.get(at);
            if (s instanceof Statement.Definition d && dimensionDefinitions.contains(d) || takenByGroups.contains(s)) {
                continue;
            }
            boolean stated = s instanceof Statement.Definition sd && PendingDefinition.statedDerivative(sd.lhs(),
                    key -> knownName(key, program)) != null;
            for (int later = at + 1; stated && s instanceof Statement.Definition d && later < statements.size()
                    && statements.get(later) instanceof Statement.Continuation next && ChainForms.continues(d, next)
                    && unknownSubscripted(d.rhs(), program) != null; later++) {
                // \frac{\partial C}{\partial z_i} = \frac{1}{T}(q_i - p_i) = \frac{1}{T}(\frac{e^{z_i/T}}{…} - …) (Hinton et
                // al., Eq. 2): a form using names the file never gives (q, p) names the form after it.
                Expr.Sym unknown = unknownSubscripted(d.rhs(), program);
                Diagnostic.of(Code.W0160, file.source, d.rhs().span(), "`" + file.source.slice(unknown.span())
                                + "` is given nowhere in the file: `" + file.source.slice(d.rhs().span())
                                + "` is read as a name for the form after it, which is computed")
                        .caret("a name for the next form")
                        .help("to compute this form, declare or define what it uses")
                        .report(file.diagnostics);
                s = new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), next.rhs(), d.comment());
            }
            if (s instanceof Statement.Definition d && !d.update() && !stated && isExpressionSide(d.lhs())
                    && at + 1 < statements.size() && statements.get(at + 1) instanceof Statement.Continuation) {
                // \frac{\alpha}{r} x \Delta W^T = \frac{\alpha}{r} x (BA)^T = …: a chain of equal forms of one
                // expression, not a definition; its first side is computed, the others are not checked.
                Diagnostic.of(Code.W0102, file.source, d.lhs().span(), "`" + file.source.slice(d.lhs().span())
                                + "` starts a chain of equal forms, not a definition: eqc computes this first form and"
                                + " does not check that the others are equal to it")
                        .caret("computed")
                        .help("to compute another form, write it alone, or name the result: `y = …`")
                        .report(file.diagnostics);
                s = new Statement.Bare(d.lhs().span(), d.lhs(), d.comment());
            }
            for (int later = at + 1; s instanceof Statement.Definition d && later < statements.size()
                    && statements.get(later) instanceof Statement.Continuation next && ChainForms.continues(d, next); later++) {
                Expr.Apply unknown = namesNextForm(d.rhs(), program) ? (Expr.Apply) d.rhs() : undefinedCall(d.rhs(), program);
                if (unknown == null) {
                    break;
                }
                // \boldsymbol{a}_t(s) = \mathrm{align}(h_t, \bar{h}_s) = \frac{…}{…}, \mathbf{s} = \mathbf{F}_{ex}(\mathbf{z},
                // \mathbf{W}) = \sigma(g(\mathbf{z}, \mathbf{W})) = \sigma(\mathbf{W}_2 \delta(\mathbf{W}_1 \mathbf{z})): a
                // middle form using a function defined nowhere names the form after it; the definition is
                // computed from the first form that needs no such function.
                Diagnostic.of(Code.W0160, file.source, d.rhs().span(), "`" + file.source.slice(unknown.callee().span())
                                + "` is a function defined nowhere else: `" + file.source.slice(d.rhs().span())
                                + "` is read as a name for the form after it, and `"
                                + file.source.slice(d.lhs().span()) + "` is computed from that form")
                        .caret("a name for the next form")
                        .help("to use `" + file.source.slice(unknown.callee().span())
                                + "` elsewhere, define it on a line of its own")
                        .report(file.diagnostics);
                s = new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), next.rhs(), d.comment());
            }
            if (s instanceof Statement.Definition d) {
                Statement.Definition named = ChainForms.namedAtTheEnd(file, statements, at, d,
                        key -> knownName(key, program));
                if (named != null) {
                    // \Pr\{A_t = a\} \doteq \frac{e^{H_t(a)}}{\sum_b e^{H_t(b)}} \doteq \pi_t(a) (W0397): the name comes last
                    s = named;
                } else {
                    s = ChainForms.computedForm(file, statements, at, d);
                }
            }
            if (s instanceof Statement.Definition d && at + 1 < statements.size()
                    && statements.get(at + 1) instanceof Statement.Continuation next && ChainForms.continues(d, next)
                    && !setsReducedOver(d.rhs()).containsAll(setsReducedOver(next.rhs()))) {
                // \alpha_{ij} = \mathrm{softmax}_j(e_{ij}) = \frac{\exp(e_{ij})}{\sum_{k \in \mathcal{N}_i} \exp(e_{ik})}
                // (GAT): the next form reduces over a set the first does not name, so it says what the first
                // leaves implicit; the definition is computed from it.
                List<String> sets = new ArrayList<>(setsReducedOver(next.rhs()));
                sets.removeAll(setsReducedOver(d.rhs()));
                Diagnostic.of(Code.W0102, file.source, d.rhs().span(), "`" + file.source.slice(d.rhs().span())
                                + "` does not name the set `" + sets.get(0) + "` the form after it runs over: `"
                                + file.source.slice(d.lhs().span()) + "` is computed from that form")
                        .caret("read as the next form")
                        .help("to compute this form, write it alone: `" + file.source.slice(d.lhs().span()) + " = "
                                + file.source.slice(d.rhs().span()) + "`")
                        .report(file.diagnostics);
                s = new Statement.Definition(d.span(), d.lhs(), d.opSpan(), d.op(), next.rhs(), d.comment());
            }
            if (s instanceof Statement.Definition d && StridedDefinitions.isStrided(d)) {
                PendingDefinition p = StridedDefinitions.group(file, d, program.statements(), takenByGroups);
                if (p != null) {
                    file.addDefinition(p);
                }
            } else if (s instanceof Statement.Definition d) {
                PendingDefinition p = PendingDefinition.of(d, file);
                if (p != null) {
                    file.addDefinition(p);
                    pendingOf.put(s, p);
                    if (p.indexLetters().isEmpty() && !p.function()) {
                        // DLinear's X_s = X - X_t, one value named X_s (its s indexes nothing): a later H_s = W_s X_s
                        // reads it as the name it is, so its s is a label there too. Only the base X was marked
                        // defined (y_i = … may define y element by element), and H_s became one value per s of a
                        // size of its own (W0196).
                        file.markDefined(p.key());
                        if (d.lhs() instanceof Expr.Sym named && named.sup() != null && named.sub() != null
                                && !NameKeys.isTranspose(named)) {
                            // \theta^f_\ell = W^f \mathbf{h}_{\ell,4}: one value, so \theta^f (marked defined in case
                            // the line defined it element by element over \ell) is no name of the file unless
                            // another line defines it.
                            Statement here = statements.get(at);
                            String labelled = NameKeys.full(named.withScripts(named.span(), null, named.sup(),
                                    named.primes()));
                            if (!labelled.equals(p.key()) && statements.stream().noneMatch(o -> o != here
                                    && o instanceof Statement.Definition od && od.lhs() instanceof Expr.Sym os
                                    && (NameKeys.full(os).equals(labelled) || os.sup() != null && NameKeys.full(
                                            os.withScripts(os.span(), null, os.sup(), os.primes())).equals(labelled)))) {
                                file.unmarkDefined(labelled);
                            }
                        }
                    }
                }
            } else if (s instanceof Statement.Bare b && b.expr() instanceof Expr.Relation rel
                    && rel.op() == dev.eqc.compiler.ast.RelOp.IN) {
                // `W x \in \mathcal{H}`, `\frac{x^\top y}{\|x\| \|y\|} \in [-1, 1]`: parsed as the statement it is,
                // but eqc declares names, not expressions.
                Diagnostic.of(Code.E0108, file.source, rel.left().span(), "only names can be declared")
                        .caret("not a name")
                        .help("declare each input by name, like `W_1 \\in \\mathbb{R}^{d \\times h}`")
                        .report(file.diagnostics);
            } else if (s instanceof Statement.Bare b) {
                String name = bare++ == 0 ? resultName : resultName + bare;
                PendingDefinition p = PendingDefinition.bare(b, name);
                file.addDefinition(p);
                pendingOf.put(s, p);
            }
            // Declarations were read first; a continuation (`&= …` in a derivation) restates the
            // definition before it, and the first form is the one compiled (docs/LANGUAGE-NOTES.md).
        }
    }
}
