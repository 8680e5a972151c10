package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.term.Input;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names a whole file binds, keyed by their {@link NameKeys} spelling: inputs (declared, then
 * inferred as bodies use undeclared names), dimension symbols and the dimensions defined from
 * others, indexed families, and the definitions waiting to be resolved. The declaration phase
 * fills it; bodies read it, and add the inputs and dimensions they discover.
 */
final class FileScope {
    final SourceFile source;
    final Diagnostics diagnostics;
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final Set<String> dimensions = new HashSet<>();
    /** Dimensions defined from others ({@code d_{ff} = 4 d_{model}}), by symbol. */
    private final Map<String, Dim> dimensionValues = new HashMap<>();
    /** Indexed families ({@code W_i^Q … i = 1, \ldots, h}) by family name ({@code W^Q}): one input each. */
    private final Map<String, Input> families = new HashMap<>();
    private final Map<String, PendingDefinition> definitions = new LinkedHashMap<>();
    /** Every name some statement defines, known before any definition is read (for SPEC 2.3's index rule). */
    private final Set<String> definedNames = new HashSet<>();
    /** Letters used in subscript expressions anywhere in the file ({@code m_{t-1}}): time steps, not indices. */
    private final Set<String> timeSteps = new HashSet<>();
    /** Letters used as values (bare, outside names' scripts) anywhere in the file. */
    private final Set<String> valueLetters = new HashSet<>();
    /** Keys with a declaration (before definitions take some of them as outputs). */
    private final Set<String> declaredKeys = new HashSet<>();
    /** Every name a declaration tried to declare, also the rejected ones (E0108): never "undeclared". */
    private final Set<String> attemptedDeclarations = new HashSet<>();
    /** Strided definitions gathered into one ({@link StridedDefinitions}), with their parts. */
    private final Map<PendingDefinition, List<StridedDefinitions.Part>> stridedGroups = new HashMap<>();
    private final JavaNames valueNames = new JavaNames();
    private final JavaNames methodNames = new JavaNames();
    private int inferredCount;

    /**
     * Functions whose parameters are local even where an input of the same name is declared: the declared
     * shape made a call fail, so each call takes its shapes from its arguments (EqCompiler's second reading).
     */
    final Set<String> localParameters;
    /** Of those, the functions whose body did not check at the declared shape (W0265's message says so). */
    final Set<String> localBodies;

    FileScope(SourceFile source, Diagnostics diagnostics) {
        this(source, diagnostics, Set.of());
    }

    /** Start offsets of softmax calls of one number per element: read over the definition's index (W0410). */
    final java.util.Map<Integer, String> scalarSoftmaxCalls;

    FileScope(SourceFile source, Diagnostics diagnostics, Set<String> localParameters) {
        this(source, diagnostics, withLocal(localParameters));
    }

    FileScope(SourceFile source, Diagnostics diagnostics, Rereadings reading) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.localParameters = Set.copyOf(reading.localParameters);
        this.localBodies = Set.copyOf(reading.localBodies);
        this.scalarSoftmaxCalls = java.util.Map.copyOf(reading.scalarSoftmaxCalls);
    }

    private static Rereadings withLocal(Set<String> localParameters) {
        Rereadings r = new Rereadings();
        r.localParameters.addAll(localParameters);
        return r;
    }

    // ---- inputs -------------------------------------------------------------------------------

    Input input(String key) {
        return inputs.get(key);
    }

    /** The keys of every input, in declaration order. */
    List<String> inputKeys() {
        return List.copyOf(inputs.keySet());
    }

    /** The recurrences run over a sequence (scans), by the span of their right-hand side. */
    private Map<dev.eqc.compiler.source.Span, Recurrences.Recurrence> recurrences = Map.of();

    void setRecurrences(Map<dev.eqc.compiler.source.Span, Recurrences.Recurrence> found) {
        recurrences = Map.copyOf(found);
    }

    /** Every recurrence of the file. */
    java.util.Collection<Recurrences.Recurrence> recurrences() {
        return recurrences.values();
    }

    /** The recurrence a definition with this right-hand side is, or null. */
    Recurrences.Recurrence recurrence(dev.eqc.compiler.ast.Expr rhs) {
        return recurrences.get(rhs.span());
    }

    boolean hasInput(String key) {
        return inputs.containsKey(key);
    }

    /** Declares an input; the key must be new. */
    void declareInput(String key, Input in) {
        inputs.put(key, in);
    }

    /** The number of inputs so far (a declared input's place). */
    int inputCount() {
        return inputs.size();
    }

    /** Rewrites every input (a dimension defined from others is replaced in every shape). */
    void rewriteInputs(UnaryOperator<Input> f) {
        inputs.replaceAll((k, in) -> f.apply(in));
    }

    /** Takes the declaration of a name that a definition defines: it states the result's shape. */
    Optional<Input> takeDeclaration(String key) {
        return Optional.ofNullable(inputs.remove(key));
    }

    /** Where each indexed name is read and under which sums over a set; read once the statements are known. */
    private SetScopedReads readsUnderSets = SetScopedReads.NONE;

    SetScopedReads readsUnderSets() {
        return readsUnderSets;
    }

    void noteReadsUnderSets(SetScopedReads reads) {
        readsUnderSets = reads;
    }

    // ---- dimensions bound from arguments ---------------------------------------------------------

    /** Free dimensions of generic bodies ({@code d_k}), by internal name ({@code d_k@1}). */
    private final Map<String, dev.eqc.compiler.term.DimTie> dimTies = new LinkedHashMap<>();

    /** A new internal name for a free dimension written {@code printed}. */
    String newTieName(String printed) {
        return printed + "@" + (dimTies.size() + 1);
    }

    void addTie(dev.eqc.compiler.term.DimTie tie) {
        dimTies.put(tie.name(), tie);
    }

    dev.eqc.compiler.term.DimTie tie(String name) {
        return dimTies.get(name);
    }

    Map<String, dev.eqc.compiler.term.DimTie> dimTies() {
        return dimTies;
    }

    /** The inputs in declaration order, the inferred ones after the declared. */
    List<Input> inputsInOrder() {
        List<Input> ordered = new ArrayList<>(inputs.values());
        ordered.sort(java.util.Comparator.comparingInt(Input::order));
        return ordered;
    }

    /** The input an undeclared name becomes (SPEC 2.1); the same one for every use of the name. */
    Input inferInput(Expr.Sym sym, String key) {
        Input existing = inputs.get(key);
        if (existing != null) {
            return existing;
        }
        String javaName = valueNames.allocate(JavaNames.of(sym, true));
        Input in = new Input(key, printed(source.slice(sym.span()), key), javaName, sym.span(), null, false, false,
                10_000 + inferredCount++);
        inputs.put(key, in);
        return in;
    }

    /**
     * How a name is shown in messages: as written, unless the name's span ends inside a styling group
     * (the name {@code \\overrightarrow{g}} of {@code \\overrightarrow{g_i}}), where its key reads better.
     */
    private static String printed(String slice, String key) {
        int depth = 0;
        for (int i = 0; i < slice.length(); i++) {
            char c = slice.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth == 0 ? slice : key;
    }

    // ---- written ranges -----------------------------------------------------------------------

    /** Letters a condition after a definition gives a range ({@code \quad t = 1, \dots, T}), by its body. */
    private final java.util.IdentityHashMap<Expr, Set<String>> writtenRanges = new java.util.IdentityHashMap<>();

    void addWrittenRange(Expr rhs, String letter) {
        writtenRanges.computeIfAbsent(rhs, k -> new java.util.HashSet<>()).add(letter);
    }

    boolean hasWrittenRange(Expr rhs, String letter) {
        return writtenRanges.getOrDefault(rhs, Set.of()).contains(letter);
    }

    // ---- values of functions the file does not define ------------------------------------------

    /** Every application in the file, by the callee's key: the distinct argument texts, in order. */
    private final Map<String, List<String>> applications = new HashMap<>();
    /** The inputs made for values of undefined functions, by the callee's key. */
    private final Map<String, List<Input>> appliedInputs = new LinkedHashMap<>();
    /** Functions of the file whose bodies apply an undefined function to their parameters: the parameters. */
    private final Map<String, Set<String>> appliedParams = new HashMap<>();

    /** Notes an application of the function {@code key} to arguments spelled {@code arguments} (spacing removed). */
    void noteApplication(String key, String arguments) {
        List<String> texts = applications.computeIfAbsent(key, k -> new ArrayList<>());
        if (!texts.contains(arguments)) {
            texts.add(arguments);
        }
    }

    /** The distinct argument texts the file applies {@code key} to. */
    List<String> applicationTexts(String key) {
        return applications.getOrDefault(key, List.of());
    }

    /**
     * The input that is the value of the undefined function {@code function} at the arguments printed
     * {@code arguments}: one per distinct argument text, the same one for every use of it.
     */
    Input appliedInput(String key, String latex, String javaWanted, dev.eqc.compiler.source.Span span,
            Input.Applied applied, List<Dim> dims) {
        Input existing = inputs.get(key);
        if (existing != null) {
            return existing;
        }
        String javaName = valueNames.allocate(javaWanted);
        Input in = new Input(key, latex, javaName, span, dims, false, dims != null,
                dims != null ? inputs.size() : 10_000 + inferredCount++, null, applied);
        inputs.put(key, in);
        appliedInputs.computeIfAbsent(applied.function(), k -> new ArrayList<>()).add(in);
        return in;
    }

    /** The inputs made for values of the undefined function printed {@code function}, so far. */
    List<Input> appliedInputs(String function) {
        List<Input> found = appliedInputs.get(function);
        if (found == null && appliedSpellings.containsKey(function)) {
            found = appliedInputs.get(appliedSpellings.get(function));
        }
        return found == null ? List.of() : found;
    }

    /**
     * The printed callee of declared values by the callee's key: MAML's {@code \mathcal{L}_{\mathcal{T}_i}(f_\theta)}
     * is printed with {@code \mathcal}, which the key {@code \mathcal{L}_{T_i}} of its name leaves out.
     */
    private final Map<String, String> appliedSpellings = new java.util.HashMap<>();

    void noteAppliedSpelling(String key, String printed) {
        if (!key.equals(printed)) {
            appliedSpellings.putIfAbsent(key, printed);
        }
    }

    /** Parameters that are notation ({@code \\theta} of {@code r_t(\\theta)}), by definition key: calls leave them out. */
    private final Map<String, Set<String>> notationalParams = new HashMap<>();

    void noteNotationalParameter(String definitionKey, String parameter) {
        notationalParams.computeIfAbsent(definitionKey, k -> new HashSet<>()).add(parameter);
    }

    Set<String> notationalParameters(String definitionKey) {
        return notationalParams.getOrDefault(definitionKey, Set.of());
    }

    /** Per value of an undefined function, the first application: whether it was written as a conditional. */
    private final Map<String, Boolean> conditionalForms = new HashMap<>();
    private final Map<String, dev.eqc.compiler.source.Span> firstForms = new HashMap<>();

    /**
     * Notes that the value {@code key} ({@code p(y,x)}) is applied at {@code span}, written as a conditional or not:
     * {@code p(y|x)} beside {@code p(y, x)} would be one input, the conditional and the joint probability the same
     * number (E0379).
     */
    void noteConditionalForm(String key, boolean conditional, dev.eqc.compiler.source.Span span) {
        Boolean first = conditionalForms.putIfAbsent(key, conditional);
        if (first == null) {
            firstForms.put(key, span);
            return;
        }
        if (first != conditional) {
            dev.eqc.compiler.source.Span other = firstForms.get(key);
            dev.eqc.compiler.diag.Diagnostic.of(dev.eqc.compiler.diag.Code.E0379, source, span, "`" + source.slice(span).trim()
                            + "` and `" + source.slice(other).trim() + "` apply a function the file does not define to"
                            + " the same arguments, once as a conditional and once not: eqc would read them as one value")
                    .caret(conditional ? "a conditional" : "not a conditional")
                    .label(other, conditional ? "not a conditional" : "a conditional")
                    .help("a conditional and a joint probability differ: name one of them differently (`p_{joint}(y, x)`),"
                            + " or define the function in the file")
                    .report(diagnostics);
        }
    }

    void noteAppliedParameter(String definitionKey, String parameter) {
        appliedParams.computeIfAbsent(definitionKey, k -> new HashSet<>()).add(parameter);
    }

    /** The parameters of the definition {@code key} that its body passes to undefined functions. */
    Set<String> appliedParameters(String definitionKey) {
        return appliedParams.getOrDefault(definitionKey, Set.of());
    }

    // ---- dimensions ---------------------------------------------------------------------------

    boolean isDimension(String key) {
        return dimensions.contains(key);
    }

    /** Products of two sizes the file never writes apart ({@link JointSizes}), by key. */
    private Set<String> jointSizes = Set.of();

    /** Runs of letters read as one undeclared name ({@link WordRuns}, W0466). */
    private Set<String> wordRuns = Set.of();

    void setWordRuns(Set<String> runs) {
        wordRuns = Set.copyOf(runs);
    }

    boolean isWordRun(String letters) {
        return wordRuns.contains(letters);
    }

    void setJointSizes(Set<String> keys) {
        jointSizes = Set.copyOf(keys);
    }

    /** The joint size {@code e} names ({@code \mu B} of FixMatch), or null. */
    String jointSize(dev.eqc.compiler.ast.Expr e) {
        dev.eqc.compiler.ast.Expr.Sym[] f = JointSizes.factors(e);
        String key = f == null ? null : JointSizes.key(f[0], f[1]);
        return key != null && jointSizes.contains(key) ? key : null;
    }

    void addDimension(String key) {
        dimensions.add(key);
    }

    Set<String> dimensions() {
        return Set.copyOf(dimensions);
    }

    void defineDimension(String key, Dim value) {
        dimensionValues.put(key, value);
    }

    boolean hasDefinedDimensions() {
        return !dimensionValues.isEmpty();
    }

    /** The value of a dimension defined from others, with defined dimensions in it replaced too; empty for others. */
    Optional<Dim> dimensionValue(String key) {
        Dim d = dimensionValues.get(key);
        return d == null ? Optional.empty() : Optional.of(substitute(d, 0));
    }

    /** {@code d} with every dimension defined from others replaced by its value. */
    Dim substitute(Dim d) {
        return substitute(d, 0);
    }

    private Dim substitute(Dim d, int depth) {
        if (depth > 50) {
            return d;
        }
        if (d instanceof Dim.Symbol s && dimensionValues.containsKey(s.name())) {
            return substitute(dimensionValues.get(s.name()), depth + 1);
        }
        if (d instanceof Dim.Compound c) {
            return new Dim.Compound(c.op(), substitute(c.left(), depth + 1), substitute(c.right(), depth + 1));
        }
        return d;
    }

    // ---- families -----------------------------------------------------------------------------

    Input family(String familyKey) {
        return families.get(familyKey);
    }

    void addFamily(String familyKey, Input in) {
        families.put(familyKey, in);
    }

    // ---- definitions --------------------------------------------------------------------------

    PendingDefinition definition(String key) {
        return definitions.get(key);
    }

    Collection<PendingDefinition> definitions() {
        return definitions.values();
    }

    /** Adds a definition; a second one of the same name is E0106. */
    /** Ranges of left-hand indices stated by a condition tail ({@code \text{for } i = 1, \dots, n}), by definition key. */
    private final Map<String, Map<String, Expr[]>> indexRanges = new HashMap<>();

    void addIndexRange(String definitionKey, String letter, Expr first, Expr last) {
        indexRanges.computeIfAbsent(definitionKey, k -> new HashMap<>()).put(letter, new Expr[] {first, last});
    }

    /** A comparison of two left-hand indices a condition tail states ({@code \forall j \leq i}), by definition key. */
    private final Map<String, Expr.Relation> indexCuts = new HashMap<>();

    void addIndexCut(String definitionKey, Expr.Relation comparison) {
        indexCuts.put(definitionKey, comparison);
    }

    /** The comparison of two left-hand indices where a definition holds (W0471), or null. */
    Expr.Relation indexCut(String definitionKey) {
        return indexCuts.get(definitionKey);
    }

    /** The stated range (first, last) of a left-hand index of a definition, or null. */
    Expr[] indexRange(String definitionKey, String letter) {
        Map<String, Expr[]> ranges = indexRanges.get(definitionKey);
        return ranges == null ? null : ranges.get(letter);
    }

    /** Functions whose parameters only pick elements, read at a call as their body there (W0388). */
    private final java.util.Set<String> expanded = new java.util.HashSet<>();

    void markExpanded(String definitionKey) {
        expanded.add(definitionKey);
    }

    boolean wasExpanded(String definitionKey) {
        return expanded.contains(definitionKey);
    }

    void addDefinition(PendingDefinition p) {
        PendingDefinition previous = definitions.get(p.key());
        if (previous != null) {
            Diagnostic.of(Code.E0106, source, p.nameSpan(), "`" + p.latexName() + "` is defined twice")
                    .caret("defined again here")
                    .label(previous.nameSpan(), "first defined here")
                    .help("give the second definition its own name (papers often add a subscript or a prime)")
                    .report(diagnostics);
            return;
        }
        definitions.put(p.key(), p);
    }

    void markDefined(String key) {
        definedNames.add(key);
    }

    void unmarkDefined(String key) {
        definedNames.remove(key);
    }

    boolean isDefinedName(String key) {
        return definedNames.contains(key);
    }

    void addTimeSteps(Collection<String> letters) {
        timeSteps.addAll(letters);
    }

    /**
     * {@code x_{t-1}}, {@code \delta_{t+l}^V} with the tensor {@code x} ({@code \delta^V}) declared and the whole
     * spelling not: a read at a computed position, whose letters are indices, not a time step.
     */
    boolean readsAtPosition(dev.eqc.compiler.ast.Expr.Sym s) {
        return OffsetSubscript.of(s.sub()) != null && !hasInput(NameKeys.full(s)) && !isDefinedName(NameKeys.full(s))
                && (isTensor(OffsetSubscript.baseKey(s)) || isTensor(NameKeys.base(s)));
    }

    private boolean isTensor(String key) {
        Input in = inputs.get(key);
        return in != null && in.dims() != null && !in.dims().isEmpty() || isDefinedName(key);
    }

    boolean isTimeStep(String letter) {
        return timeSteps.contains(letter);
    }

    void addValueLetters(Collection<String> letters) {
        valueLetters.addAll(letters);
    }

    /** Whether a letter is used as a value somewhere in the file (so {@code x^{a}} is a power of it). */
    boolean isUsedFree(String letter) {
        return valueLetters.contains(letter);
    }

    private final Set<String> binaryInputs = new HashSet<>();

    /** An input declared over {@code \{0,1\}} ({@code P \in \{0,1\}^{M \times M}}, a membership matrix). */
    void markBinary(String key) {
        binaryInputs.add(key);
    }

    boolean isBinary(String key) {
        return binaryInputs.contains(key);
    }

    void markDeclared(String key) {
        declaredKeys.add(key);
    }

    boolean wasDeclared(String key) {
        return declaredKeys.contains(key);
    }

    void markAttempted(String key) {
        attemptedDeclarations.add(key);
    }

    boolean wasAttempted(String key) {
        return attemptedDeclarations.contains(key);
    }

    void addStridedGroup(PendingDefinition p, List<StridedDefinitions.Part> parts) {
        stridedGroups.put(p, List.copyOf(parts));
    }

    /** The parts of a strided definition, or null for an ordinary one. */
    List<StridedDefinitions.Part> stridedParts(PendingDefinition p) {
        return stridedGroups.get(p);
    }

    /** Names for constants and inputs. */
    JavaNames valueNames() {
        return valueNames;
    }

    /** Names for the definitions' methods. */
    JavaNames methodNames() {
        return methodNames;
    }
}
