package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names a program's statements declare or apply, for the statement-level rewrites that run before name resolution. */
final class ProgramNames {
    private ProgramNames() {}

    /** The keys of every name a declaration lists, as written. */
    static Set<String> declared(Program program) {
        Set<String> out = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d) {
                d.names().forEach(n -> out.add(NameKeys.full(n)));
            }
        }
        return out;
    }

    /** Every application in the definitions' right-hand sides, by the key of the name applied, in order. */
    static Map<String, List<Expr.Apply>> applications(Program program) {
        Map<String, List<Expr.Apply>> calls = new HashMap<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Definition d) {
                new ExprCopy() {
                    @Override
                    Expr apply(Expr.Apply a) {
                        if (a.callee() instanceof Expr.Sym f) {
                            calls.computeIfAbsent(NameKeys.full(f), k -> new ArrayList<>()).add(a);
                        }
                        return super.apply(a);
                    }
                }.expr(d.rhs());
            }
        }
        return calls;
    }
}
