package dev.eqc.compiler.ast;

import java.util.List;
import java.util.stream.Collectors;

/** Prints the AST as S-expressions: the output of {@code eqc parse} and of parser tests. */
public final class SExpressions {
    private SExpressions() {}

    public static String print(Statement s) {
        if (s instanceof Statement.Declaration d) {
            String names = d.names().stream().map(SExpressions::print).collect(Collectors.joining(" "));
            String dims = d.domain().dims().stream().map(SExpressions::print).collect(Collectors.joining(" "));
            String set = d.domain().field() == Domain.Field.OTHER ? print(d.domain().set())
                    : d.domain().field().name().toLowerCase(java.util.Locale.ROOT);
            return "(declare (" + names + ") (" + set + (dims.isEmpty() ? "" : " " + dims) + "))";
        }
        if (s instanceof Statement.Definition d) {
            return "(define " + print(d.lhs()) + " " + print(d.rhs()) + ")";
        }
        if (s instanceof Statement.Continuation c) {
            return "(continue " + c.op().symbol + " " + print(c.rhs()) + ")";
        }
        if (s instanceof Statement.Bare b) {
            return "(expr " + print(b.expr()) + ")";
        }
        if (s instanceof Statement.ShapeAssertion a) {
            String dims = a.domain().dims().stream().map(SExpressions::print).collect(Collectors.joining(" "));
            String set = a.domain().field() == Domain.Field.OTHER ? print(a.domain().set())
                    : a.domain().field().name().toLowerCase(java.util.Locale.ROOT);
            return "(assert-shape (" + set + (dims.isEmpty() ? "" : " " + dims) + "))";
        }
        if (s instanceof Statement.Condition c) {
            return "(condition \"" + c.word() + "\"" + list(c.condition()) + ")";
        }
        throw new AssertionError(s);
    }

    public static String print(Expr e) {
        if (e instanceof Expr.Num n) {
            return n.text();
        }
        if (e instanceof Expr.Sym s) {
            return sym(s);
        }
        if (e instanceof Expr.Group g) {
            String kind = switch (g.bracket()) {
                case PAREN -> "paren";
                case SQUARE -> "bracket";
                case BRACE -> "brace";
                case SET -> "set";
                case OPEN_CLOSED -> "interval-open-closed";
                case CLOSED_OPEN -> "interval-closed-open";
            };
            return "(" + kind + list(g.items()) + ")";
        }
        if (e instanceof Expr.Apply a) {
            return "(call " + print(a.callee()) + list(a.args()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            String op = switch (b.op()) {
                case ADD -> "+";
                case SUB -> "-";
                case PLUS_MINUS -> "pm";
                case JUXTAPOSE -> "juxt";
                case DOT -> "cdot";
                case CROSS -> "times";
                case HADAMARD -> "odot";
                case DIV -> "/";
                case CONCAT -> "concat";
                case UNION -> "cup";
                case MOD -> "mod";
            };
            return "(" + op + " " + print(b.left()) + " " + print(b.right()) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return "(" + (u.op() == UnaryOp.NEG ? "neg" : "pos") + " " + print(u.operand()) + ")";
        }
        if (e instanceof Expr.Power p) {
            return "(pow " + print(p.base()) + " " + script(p.exponent()) + ")";
        }
        if (e instanceof Expr.Subscripted s) {
            return "(sub " + print(s.base()) + " " + script(s.sub()) + ")";
        }
        if (e instanceof Expr.Frac f) {
            return "(frac " + print(f.num()) + " " + print(f.den()) + ")";
        }
        if (e instanceof Expr.Root r) {
            return r.degree() == null ? "(sqrt " + print(r.radicand()) + ")"
                    : "(root " + print(r.degree()) + " " + print(r.radicand()) + ")";
        }
        if (e instanceof Expr.Relation r) {
            return "(" + r.op().symbol + " " + print(r.left()) + " " + print(r.right()) + ")";
        }
        if (e instanceof Expr.BigOp b) {
            return "(" + sym(b.operator()) + " " + print(b.body()) + ")";
        }
        if (e instanceof Expr.Underset u) {
            return "(underset " + print(u.under()) + " " + print(u.op()) + ")";
        }
        if (e instanceof Expr.Cases c) {
            return "(cases" + c.rows().stream()
                    .map(r -> " (" + print(r.value()) + " " + (r.condition() == null ? "otherwise" : print(r.condition())) + ")")
                    .collect(Collectors.joining()) + ")";
        }
        if (e instanceof Expr.Factorial f) {
            return "(factorial " + print(f.operand()) + ")";
        }
        if (e instanceof Expr.Matrix m) {
            return "(matrix" + m.rows().stream().map(r -> " (" + r.stream().map(SExpressions::print)
                    .collect(Collectors.joining(" ")) + ")").collect(Collectors.joining()) + ")";
        }
        if (e instanceof Expr.Abs a) {
            return "(abs " + print(a.operand()) + ")";
        }
        if (e instanceof Expr.Norm n) {
            return "(norm " + print(n.operand()) + ")";
        }
        throw new AssertionError(e);
    }

    private static String list(List<Expr> items) {
        return items.stream().map(i -> " " + print(i)).collect(Collectors.joining());
    }

    private static String script(Script s) {
        return s.items().size() == 1 ? print(s.single()) : "(" + s.items().stream().map(SExpressions::print)
                .collect(Collectors.joining(" ")) + ")";
    }

    private static String group(String key) {
        return key.length() == 1 ? key : "{" + key + "}";
    }

    private static String sym(Expr.Sym s) {
        StringBuilder b = new StringBuilder();
        String base = switch (s.kind()) {
            case LETTERS, COMMAND -> s.base();
            case WORD -> "\\mathrm{" + s.base() + "}";
            case CAL -> "\\mathcal{" + s.base() + "}";
            case BB -> "\\mathbb{" + s.base() + "}";
            case SCR -> "\\mathscr{" + s.base() + "}";
            case FRAK -> "\\mathfrak{" + s.base() + "}";
        };
        b.append(s.accent() == null ? base : "\\" + s.accent() + "{" + base + "}");
        if (s.sub() != null) {
            b.append('_').append(group(s.sub().key()));
        }
        if (s.sup() != null) {
            b.append('^').append(group(s.sup().key()));
        }
        b.append("'".repeat(s.primes()));
        return b.toString();
    }
}
