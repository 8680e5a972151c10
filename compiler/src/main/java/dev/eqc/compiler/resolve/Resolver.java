package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Constant;
import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name-resolution pass: {@code Program → ResolvedProgram} (SPEC 2.1–2.3).
 *
 * <p>Collects declarations (inputs and their dimension symbols), classifies definitions
 * (functions with listed parameters, values, constants), then resolves every body into
 * {@link Term}s, resolving the definitions a body uses first. Undeclared names become inferred
 * inputs (shape inference reports them with a ready-to-paste declaration).
 *
 * <p>Reports: unknown functions and commands (E0101, E0102), wrong arity (E0104), recursion
 * (E0105), duplicate definitions (E0106), invalid left-hand sides (E0107), conflicting
 * declarations (E0109), and constructs of later language levels (E0103).
 */
public final class Resolver {
    final SourceFile source;
    final Diagnostics diagnostics;
    final Map<String, Input> inputs = new LinkedHashMap<>();
    final Set<String> dimSymbols = new HashSet<>();
    final Map<String, PendingDefinition> definitions = new LinkedHashMap<>();
    /** Every name some statement defines, known before any definition is read (for SPEC 2.3's index rule). */
    final Set<String> definedNames = new HashSet<>();
    /** Letters used in subscript expressions anywhere in the file ({@code m_{t-1}}): time steps, not indices. */
    final Set<String> timeSteps = new HashSet<>();
    /** Keys with a declaration (before definitions take some of them as outputs). */
    final Set<String> declaredKeys = new HashSet<>();
    /** Every name a declaration tried to declare, also the rejected ones (E0108): never "undeclared". */
    final Set<String> attemptedDeclarations = new HashSet<>();
    private final Map<Statement.Definition, Dim> dimensionDefinitions = new java.util.IdentityHashMap<>();
    /** Dimensions defined from others ({@code d_{ff} = 4 d_{model}}), by symbol. */
    final Map<String, Dim> dimensionValues = new HashMap<>();
    private final Map<String, Input> outputDeclarations = new HashMap<>();
    /** Indexed families ({@code W_i^Q … i = 1, \ldots, h}) by family name ({@code W^Q}): one input each. */
    final Map<String, Input> families = new HashMap<>();
    /** Strided definitions gathered into one ({@link StridedDefinitions}), with their parts. */
    final Map<PendingDefinition, List<StridedDefinitions.Part>> stridedGroups = new HashMap<>();
    final Map<PendingDefinition, Object> resolved = new HashMap<>();
    private final Set<PendingDefinition> inProgress = new HashSet<>();
    final JavaNames valueNames = new JavaNames();
    final JavaNames methodNames = new JavaNames();
    private final String resultName;
    private int inferredCount;

    private Resolver(SourceFile source, Diagnostics diagnostics, String resultName) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.resultName = resultName;
    }

    /**
     * Resolves a program. {@code resultName} names the definition made from a bare expression
     * (the class name, e.g. {@code Attention}).
     */
    public static ResolvedProgram resolve(Program program, String resultName, Diagnostics diagnostics) {
        return new Resolver(program.source(), diagnostics, resultName).run(program);
    }

    private ResolvedProgram run(Program program) {
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                declare(d);
            }
        }
        defineDimensions(program);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                // An undeclared upper limit (\sum_{i=1}^{H}) is a dimension wherever H is used.
                for (String limit : IndexLetters.sumLimits(d.rhs())) {
                    if (!inputs.containsKey(limit)) {
                        dimSymbols.add(limit);
                    }
                }
            }
        }
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                timeSteps.addAll(IndexLetters.timeSteps(d.lhs()));
                timeSteps.addAll(IndexLetters.timeSteps(d.rhs()));
            }
        }
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && dimensionDefinitions.containsKey(d)) {
                continue;
            }
            if (s instanceof Statement.Definition d) {
                if (d.lhs() instanceof Expr.Sym sym && sym.sup() == null && (IndexLetters.of(sym.sub()) != null
                        || StridedDefinitions.isStrided(d))) {
                    // y_i may define y element by element: only the base counts as defined here.
                    definedNames.add(NameKeys.full(sym.withScripts(sym.span(), null, null, sym.primes())));
                } else if (d.lhs() instanceof Expr.Sym sym) {
                    definedNames.add(NameKeys.full(sym));
                } else if (d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee) {
                    definedNames.add(NameKeys.full(callee));
                }
            }
        }
        int bare = 0;
        Set<Statement> takenByGroups = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && dimensionDefinitions.containsKey(d) || takenByGroups.contains(s)) {
                continue;
            }
            if (s instanceof Statement.Definition d && StridedDefinitions.isStrided(d)) {
                PendingDefinition p = StridedDefinitions.group(this, d, program.statements(), takenByGroups);
                if (p != null) {
                    addDefinition(p);
                }
            } else if (s instanceof Statement.Definition d) {
                PendingDefinition p = PendingDefinition.of(d, this);
                if (p != null) {
                    addDefinition(p);
                }
            } else if (s instanceof Statement.Bare b) {
                String name = bare++ == 0 ? resultName : resultName + bare;
                addDefinition(PendingDefinition.bare(b, name));
            } else if (!(s instanceof Statement.Declaration) && !(s instanceof Statement.Continuation)) {
                // A continuation (`&= …` in a derivation) restates the definition before it; the
                // first form is the one compiled (docs/LANGUAGE-NOTES.md).
                throw new AssertionError(s);
            }
        }
        // A definition of a declared name: the declaration states the result's shape.
        // An update (`\theta \leftarrow \theta - \eta g`) keeps the old value as an input.
        for (PendingDefinition p : definitions.values()) {
            if (!p.update()) {
                Input declared = inputs.remove(p.key());
                if (declared != null) {
                    outputDeclarations.put(p.key(), declared);
                }
            }
        }
        // Generated names must not depend on the order of the definitions: a name some definition
        // spells exactly is kept for it before any is allocated.
        for (PendingDefinition p : definitions.values()) {
            String spelled = p.resultName() != null ? p.resultName()
                    : p.nameSym() != null ? JavaNames.of(p.nameSym(), true) : null;
            if (spelled != null && JavaNames.methodName(spelled).equals(spelled)) {
                methodNames.prefer(spelled);
            }
        }
        List<Definition> defs = new ArrayList<>();
        List<Constant> constants = new ArrayList<>();
        for (PendingDefinition p : definitions.values()) {
            Object r = resolveDefinition(p);
            if (r instanceof Definition d) {
                defs.add(d);
            } else if (r instanceof Constant c) {
                constants.add(c);
            }
        }
        if (defs.isEmpty() && !diagnostics.hasErrors()) {
            Diagnostic.of(Code.E0107, source, new dev.eqc.compiler.source.Span(0, 0),
                            "nothing to compute: the file defines no equation")
                    .help("add a definition like `y = xW + b`, or a bare expression")
                    .report(diagnostics);
        }
        List<Input> ordered = new ArrayList<>(inputs.values());
        ordered.sort(java.util.Comparator.comparingInt(Input::order));
        Map<Definition, Input> outputs = new java.util.IdentityHashMap<>();
        for (Definition d : defs) {
            Input declared = outputDeclarations.get(d.key());
            if (declared != null) {
                outputs.put(d, declared);
            }
        }
        return new ResolvedProgram(source, ordered, constants, defs, outputs, dimSymbols);
    }

    private void addDefinition(PendingDefinition p) {
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

    /**
     * {@code d_{ff} = 4 d_{model}}: a dimension defined from others (SPEC 2.1). Such statements
     * are not definitions; the symbol is replaced by its expression in every declared shape,
     * and as a value it is that expression.
     */
    private void defineDimensions(Program program) {
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && d.lhs() instanceof Expr.Sym sym && sym.sup() == null
                    && dimSymbols.contains(NameKeys.withSub(sym)) && !inputs.containsKey(NameKeys.full(sym))) {
                Diagnostics scratch = new Diagnostics();
                Resolver probe = new Resolver(source, scratch, resultName);
                probe.dimSymbols.addAll(dimSymbols);
                Dim value = DimConverter.convert(d.rhs(), probe);
                // Only sizes made of known dimensions: `h = W x` is a definition, not a dimension.
                if (value != null && !scratch.hasErrors() && dimSymbols.containsAll(probe.dimSymbols)) {
                    dimensionDefinitions.put(d, value);
                    dimensionValues.put(NameKeys.withSub(sym), value);
                }
            }
        }
        if (dimensionValues.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Input> e : inputs.entrySet()) {
            Input in = e.getValue();
            List<Dim> dims = new ArrayList<>();
            for (Dim dim : in.dims()) {
                dims.add(substitute(dim, 0));
            }
            e.setValue(new Input(in.key(), in.latex(), in.javaName(), in.span(), dims, in.integer(), in.declared(),
                    in.order()));
        }
    }

    Dim substitute(Dim d, int depth) {
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

    private void declare(Statement.Declaration d) {
        for (Expr.Sym name : d.names()) {
            attemptedDeclarations.add(NameKeys.full(name));
        }
        if (d.domain().field() == Domain.Field.OTHER) {
            Diagnostic.of(Code.E0108, source, d.domain().span(), "eqc computes with real tensors and integer scalars, not `"
                            + source.slice(d.domain().span()) + "`")
                    .caret("not \\mathbb{R}, \\mathbb{N} or \\mathbb{Z}")
                    .help("declare inputs like `x \\in \\mathbb{R}^{n \\times d}`")
                    .report(diagnostics);
            return;
        }
        if (d.domain().field() != Domain.Field.REAL && !d.domain().dims().isEmpty()) {
            Diagnostic.of(Code.E0108, source, d.domain().span(), "integer tensors are not supported")
                    .caret("declare it over \\mathbb{R}")
                    .report(diagnostics);
            return;
        }
        List<Dim> dims = new ArrayList<>();
        for (Expr e : d.domain().dims()) {
            Dim dim = DimConverter.convert(e, this);
            if (dim == null) {
                return;
            }
            dims.add(dim);
        }
        if (d.family() != null) {
            Dim size = Level3Names.familySize(d.family(), this);
            if (size == null) {
                return;
            }
            dims.add(0, size);
        }
        for (Expr.Sym declared : d.names()) {
            // A family member W_i^Q is declared as the family W^Q with the member number as its first axis.
            Expr.Sym name = d.family() == null ? declared : declared.withScripts(declared.span(), null, declared.sup(),
                    declared.primes());
            String key = NameKeys.full(name);
            Input existing = inputs.get(key);
            if (existing != null) {
                if (!existing.dims().equals(dims)) {
                    Diagnostic.of(Code.E0109, source, name.span(),
                                    "`" + key + "` is declared twice with different shapes")
                            .caret("declared here as " + dims)
                            .label(existing.span(), "first declared here as " + existing.dims())
                            .report(diagnostics);
                }
                continue;
            }
            declaredKeys.add(key);
            String javaName = valueNames.allocate(JavaNames.of(name, true));
            boolean integer = d.domain().field() != Domain.Field.REAL;
            inputs.put(key, new Input(key, source.slice(name.span()), javaName, name.span(), dims, integer, true,
                    inputs.size()));
            if (d.family() != null) {
                families.put(key, inputs.get(key));
            }
        }
    }

    /** Resolves a definition (and, first, the definitions it uses): a Definition or a Constant. */
    Object resolveDefinition(PendingDefinition p) {
        Object done = resolved.get(p);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(p)) {
            return null;
        }
        Object result = new BodyResolver(this, p).resolve();
        inProgress.remove(p);
        resolved.put(p, result);
        return result;
    }

    boolean isInProgress(PendingDefinition p) {
        return inProgress.contains(p) && !resolved.containsKey(p);
    }

    Input inferInput(Expr.Sym sym, String key) {
        Input existing = inputs.get(key);
        if (existing != null) {
            return existing;
        }
        String javaName = valueNames.allocate(JavaNames.of(sym, true));
        Input in = new Input(key, source.slice(sym.span()), javaName, sym.span(), null, false, false,
                10_000 + inferredCount++);
        inputs.put(key, in);
        return in;
    }
}
