package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
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
        return new Resolver(new FileScope(program.source(), diagnostics), resultName).run(program);
    }

    private ResolvedProgram run(Program program) {
        Declarations declarations = new Declarations(file);
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                declarations.declare(d);
            }
        }
        Set<Statement.Definition> dimensionDefinitions = declarations.defineDimensions(program);
        noteNames(program, dimensionDefinitions);
        collectDefinitions(program, dimensionDefinitions);
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
        for (PendingDefinition p : List.copyOf(file.definitions())) {
            Resolved r = definitions.resolve(p);
            if (r instanceof Resolved.Defined d) {
                defs.add(d.definition());
            } else if (r instanceof Resolved.Folded c) {
                constants.add(c.constant());
            }
        }
        if (defs.isEmpty() && !file.diagnostics.hasErrors()) {
            Diagnostic.of(Code.E0107, file.source, new Span(0, 0), "nothing to compute: the file defines no equation")
                    .help("add a definition like `y = xW + b`, or a bare expression")
                    .report(file.diagnostics);
        }
        Map<Definition, Input> outputs = new IdentityHashMap<>();
        for (Definition d : defs) {
            Input declared = outputDeclarations.get(d.key());
            if (declared != null) {
                outputs.put(d, declared);
            }
        }
        return new ResolvedProgram(file.source, file.inputsInOrder(), constants, defs, outputs, file.dimensions());
    }

    /**
     * What bodies must know before any is read: upper limits that are dimensions
     * ({@code \sum_{i=1}^{H}}), letters used as time steps ({@code m_{t-1}}), and every name a
     * statement defines.
     */
    private void noteNames(Program program, Set<Statement.Definition> dimensionDefinitions) {
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                List<String> lhsLetters = d.lhs() instanceof Expr.Sym ls ? IndexLetters.of(ls.sub()) : null;
                for (String limit : IndexLetters.sumLimits(d.rhs())) {
                    // \bar\alpha_t = \prod_{s=1}^{t} \alpha_s: t is the left-hand index, not a dimension.
                    if (!file.hasInput(limit) && (lhsLetters == null || !lhsLetters.contains(limit))) {
                        file.addDimension(limit);
                    }
                }
                file.addTimeSteps(IndexLetters.timeSteps(d.lhs()));
                file.addTimeSteps(IndexLetters.timeSteps(d.rhs()));
                file.addValueLetters(IndexLetters.valueLetters(d.rhs()));
            }
        }
        for (Statement s : program.statements()) {
            if (!(s instanceof Statement.Definition d) || dimensionDefinitions.contains(d)) {
                continue;
            }
            if (d.lhs() instanceof Expr.Sym sym && sym.sup() == null && (IndexLetters.of(sym.sub()) != null
                    || StridedDefinitions.isStrided(d))) {
                // y_i may define y element by element: only the base counts as defined here.
                file.markDefined(NameKeys.full(sym.withScripts(sym.span(), null, null, sym.primes())));
            } else if (d.lhs() instanceof Expr.Sym sym) {
                file.markDefined(NameKeys.full(sym));
            } else if (d.lhs() instanceof Expr.Apply a && a.callee() instanceof Expr.Sym callee) {
                file.markDefined(NameKeys.full(callee));
            }
        }
    }

    /** Classifies every definition and bare expression; strided ones are gathered into one. */
    private void collectDefinitions(Program program, Set<Statement.Definition> dimensionDefinitions) {
        int bare = 0;
        Set<Statement> takenByGroups = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d && dimensionDefinitions.contains(d) || takenByGroups.contains(s)) {
                continue;
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
                }
            } else if (s instanceof Statement.Bare b) {
                String name = bare++ == 0 ? resultName : resultName + bare;
                file.addDefinition(PendingDefinition.bare(b, name));
            }
            // Declarations were read first; a continuation (`&= …` in a derivation) restates the
            // definition before it, and the first form is the one compiled (docs/LANGUAGE-NOTES.md).
        }
    }
}
