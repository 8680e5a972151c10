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
                    && keys(s).contains(key));
            if (reads[0]) {
                return true;
            }
            readDefinitions(file, next.rhs(), seen, todo);
        }
        return false;
    }

    /**
     * The names {@code s} may read: itself with and without its scripts, and for letters written together
     * ({@code xW_1}, a product the resolver splits) each letter and the last with the scripts. More names than read
     * keeps a parameter, as before; fewer would drop one that is used.
     */
    private static Set<String> keys(Expr.Sym s) {
        Set<String> out = new HashSet<>(java.util.List.of(NameKeys.full(s), NameKeys.withSub(s), NameKeys.base(s)));
        if (s.kind() == dev.eqc.compiler.ast.SymKind.LETTERS && s.accent() == null && s.base().length() > 1) {
            String letters = s.base();
            for (char c : letters.toCharArray()) {
                out.add(String.valueOf(c));
            }
            Expr.Sym last = new Expr.Sym(s.span(), s.kind(), letters.substring(letters.length() - 1), null, s.sub(), s.sup(),
                    s.primes());
            out.add(NameKeys.full(last));
            out.add(NameKeys.withSub(last));
        }
        return out;
    }

    /** Adds to {@code todo} the definitions {@code e} reads that are not yet {@code seen}. */
    private static void readDefinitions(FileScope file, Expr e, Set<String> seen, Deque<PendingDefinition> todo) {
        SubscriptForms.walk(e, x -> {
            if (x instanceof Expr.Sym s) {
                for (String k : keys(s)) {
                    PendingDefinition p = file.definition(k);
                    if (p != null && seen.add(p.key())) {
                        todo.add(p);
                    }
                }
            }
        });
    }
}
