package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/** One statement of a {@code .eq} file. */
public sealed interface Statement {
    Span span();

    /**
     * {@code x, y \in \mathbb{R}^{n \times d}}: names sharing one domain. {@code family} is the
     * range of an indexed family stated on the same line ({@code W_i^Q \in …, i = 1, \ldots, h}),
     * or null.
     */
    record Declaration(Span span, List<Expr.Sym> names, Domain domain, FamilyRange family) implements Statement {
        public Declaration {
            names = List.copyOf(names);
        }

        public Declaration(Span span, List<Expr.Sym> names, Domain domain) {
            this(span, names, domain, null);
        }
    }

    /** {@code i = 1, \ldots, h}: the member numbers of the families declared beside it (SPEC 3.6). */
    record FamilyRange(Span span, Expr.Sym index, Expr first, Expr last) {}

    /**
     * {@code lhs = rhs} (also {@code :=}, {@code \leftarrow}, {@code \gets}); {@code op} keeps
     * which, because an update {@code \theta \leftarrow \theta - \eta g} reads the old value.
     */
    record Definition(Span span, Expr lhs, Span opSpan, RelOp op, Expr rhs, String comment) implements Statement {
        public boolean update() {
            return op == RelOp.ASSIGN;
        }
    }

    /**
     * A row that starts with its relation ({@code &= …} in an {@code align} derivation): another
     * form of the statement before it.
     */
    record Continuation(Span span, Span opSpan, RelOp op, Expr rhs) implements Statement {}

    /** A bare expression: the file's result. */
    record Bare(Span span, Expr expr, String comment) implements Statement {}
}
