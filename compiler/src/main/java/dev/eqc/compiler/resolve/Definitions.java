package dev.eqc.compiler.resolve;

import dev.eqc.compiler.term.Definition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Resolves definitions on demand, each once: a body that uses another definition resolves that one
 * first. A definition that is reached again while it is being resolved refers to itself, which
 * the caller reports (E0105).
 */
final class Definitions {
    private final FileScope file;
    private final Map<PendingDefinition, Resolved> resolved = new HashMap<>();
    private final Set<PendingDefinition> inProgress = new HashSet<>();

    Definitions(FileScope file) {
        this.file = file;
    }

    /** The definition resolved (its body and, first, the definitions it uses). */
    Resolved resolve(PendingDefinition p) {
        Resolved done = resolved.get(p);
        if (done != null) {
            return done;
        }
        if (!inProgress.add(p)) {
            return new Resolved.Failed();
        }
        Resolved result = new BodyResolver(file, this, p).resolve();
        inProgress.remove(p);
        resolved.put(p, result);
        return result;
    }

    /** Whether {@code p} was resolved already (a call read it). */
    boolean isResolved(PendingDefinition p) {
        return resolved.containsKey(p);
    }

    /** Generic functions some call instantiated (these need no method of their own). */
    private final java.util.Set<Definition> instantiated = java.util.Collections.newSetFromMap(
            new java.util.IdentityHashMap<>());

    void instantiated(Definition generic) {
        instantiated.add(generic);
    }

    boolean wasInstantiated(Definition generic) {
        return instantiated.contains(generic);
    }

    /** The definitions being resolved now, further up the chain of uses, that define a name the file also declares. */
    java.util.List<PendingDefinition> declaredInProgress() {
        return inProgress.stream().filter(p -> !resolved.containsKey(p) && file.wasDeclared(p.key()))
                .sorted(java.util.Comparator.comparingInt(p -> p.span().start())).toList();
    }

    /** Whether {@code p} is being resolved now (further up the chain of uses). */
    boolean inProgress(PendingDefinition p) {
        return inProgress.contains(p) && !resolved.containsKey(p);
    }
}
