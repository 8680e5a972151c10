package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The names a definition reads through the definitions it reads, as written: {@code MultiHead(Q, K, V) =
 * \mathrm{Concat}(\mathrm{head}_1, \ldots, \mathrm{head}_h) W^O} reads {@code Q} through {@code \mathrm{head}_i =
 * \mathrm{Attention}(QW_i^Q, KW_i^K, VW_i^V)}; an element {@code s_i} reads {@code s}. A function's own parameters are
 * its, not read names.
 */
final class ReadNames {
    private ReadNames() {}

    /** Whether a definition {@code def}'s body reads the name {@code key}. */
    static boolean readThroughDefinitions(FileScope file, PendingDefinition def, String key) {
        Set<String> seen = new HashSet<>();
        seen.add(def.key());
        Deque<PendingDefinition> todo = new ArrayDeque<>();
        readDefinitions(file, def.rhs(), seen, todo);
        while (!todo.isEmpty()) {
            PendingDefinition next = todo.pop();
            Set<String> own = new HashSet<>();
            next.params().forEach(p -> own.add(NameKeys.full(p)));
            boolean[] reads = {false};
            SubscriptForms.walk(next.rhs(), e -> reads[0] |= e instanceof Expr.Sym s && !own.contains(key)
                    && (NameKeys.full(s).equals(key) || NameKeys.withSub(s).equals(key) || NameKeys.base(s).equals(key)));
            if (reads[0]) {
                return true;
            }
            readDefinitions(file, next.rhs(), seen, todo);
        }
        return false;
    }

    /** Adds to {@code todo} the definitions {@code e} reads that are not yet {@code seen}. */
    private static void readDefinitions(FileScope file, Expr e, Set<String> seen, Deque<PendingDefinition> todo) {
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Sym s) {
                for (String k : new String[] {NameKeys.full(s), NameKeys.withSub(s), NameKeys.base(s)}) {
                    PendingDefinition p = file.definition(k);
                    if (p != null && seen.add(p.key())) {
                        todo.add(p);
                    }
                }
            }
        });
    }
}
