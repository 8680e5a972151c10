package dev.eqc.compiler.ast;

import dev.eqc.compiler.source.Span;
import java.util.List;

/** One statement of a {@code .eq} file. */
public sealed interface Statement {
    Span span();

    /**
     * {@code x, y \in \mathbb{R}^{n \times d}}: names sharing one domain. {@code family} is the
     * range of an indexed family stated on the same line ({@code W_i^Q \in …, i = 1, \ldots, h}),
     * or null. {@code applied} are values of functions the file does not define, declared like names
     * ({@code k(\mathbf{x}_*, \mathbf{x}_*) \in \mathbb{R}}, {@code \mathbf{x}(0) \in \mathbb{R}^{d}}).
     */
    record Declaration(Span span, List<Expr.Sym> names, Domain domain, FamilyRange family, List<Expr.Apply> applied)
            implements Statement {
        public Declaration {
            names = List.copyOf(names);
            applied = List.copyOf(applied);
        }

        public Declaration(Span span, List<Expr.Sym> names, Domain domain, FamilyRange family) {
            this(span, names, domain, family, List.of());
        }

        public Declaration(Span span, List<Expr.Sym> names, Domain domain) {
            this(span, names, domain, null, List.of());
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

    /**
     * {@code A = \mathrm{softmax}(QK^\top)V \in \mathbb{R}^{n \times v}}: a definition (or bare
     * expression) followed by the shape it has, which shape inference checks. {@code of} is the
     * statement it annotates (a {@link Definition} or {@link Bare}, listed just before it).
     */
    record ShapeAssertion(Span span, Statement of, Domain domain) implements Statement {}

    /**
     * A tail after a definition: {@code \quad \text{for } i = 1, \dots, n},
     * {@code ;\ \textrm{for all } s \in \mathcal{S}}, {@code \textrm{ where } z \in [0, 1]}.
     * {@code word} is the prose that introduced it ({@code for all}, {@code where}), {@code condition}
     * the comma-separated relations that followed it (empty when nothing parsable did). Name resolution uses a range of an index
     * of the definition and skips the rest with a note.
     */
    record Condition(Span span, Statement of, String word, List<Expr> condition) implements Statement {
        public Condition {
            condition = List.copyOf(condition);
        }
    }

    /** A bare expression: the file's result. */
    record Bare(Span span, Expr expr, String comment) implements Statement {}
}
