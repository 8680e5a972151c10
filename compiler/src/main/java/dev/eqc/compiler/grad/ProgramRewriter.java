package dev.eqc.compiler.grad;

import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.resolve.ResolvedProgram;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives some definitions new bodies and rebuilds every definition that refers to a rebuilt one,
 * so that references ({@link Term.ValueRef}, {@link Term.Call}) point at the new definitions.
 */
public final class ProgramRewriter {
    private final ResolvedProgram program;
    private final Map<Definition, Term> bodies;
    private final Map<Definition, Definition> rebuilt = new IdentityHashMap<>();
    private final Map<Term, Term> terms = new IdentityHashMap<>();

    public ProgramRewriter(ResolvedProgram program, Map<Definition, Term> bodies) {
        this.program = program;
        this.bodies = bodies;
    }

    public ResolvedProgram run() {
        List<Definition> defs = new ArrayList<>();
        for (Definition d : program.definitions()) {
            defs.add(definition(d));
        }
        Map<Definition, Input> outputs = new IdentityHashMap<>();
        program.outputDeclarations().forEach((d, in) -> outputs.put(definition(d), in));
        return new ResolvedProgram(program.source(), program.inputs(), program.constants(), defs, outputs,
                program.declaredDimensions(), program.dimTies());
    }

    /** The new definition for {@code d} (after {@link #run}). */
    Definition definition(Definition d) {
        Definition done = rebuilt.get(d);
        if (done != null) {
            return done;
        }
        Term body = term(bodies.getOrDefault(d, d.body()));
        Definition out = new Definition(d.key(), d.latexName(), d.javaName(), d.span(), d.nameSpan(), d.function(),
                d.params(), d.freeInputs(), d.indices(), body, d.comment(), d.latex());
        rebuilt.put(d, out);
        return out;
    }

    /** The new term for {@code t}, if {@link #run} rebuilt it. */
    Term rewritten(Term t) {
        return terms.get(t);
    }

    private Term term(Term t) {
        Term done = terms.get(t);
        if (done != null) {
            return done;
        }
        Term out;
        if (t instanceof Term.ValueRef v) {
            out = new Term.ValueRef(v.span(), definition(v.definition()));
        } else {
            List<Term> kids = new ArrayList<>();
            for (Term k : t.children()) {
                kids.add(term(k));
            }
            out = t instanceof Term.Call c ? new Term.Call(c.span(), definition(c.function()), kids)
                    : t.withChildren(kids);
        }
        terms.put(t, out);
        return out;
    }
}
