package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Script;
import java.util.List;

/**
 * Copies an expression tree, node by node; subclasses change what they override ({@link #sym}, {@link #script}).
 * Used by the statement-level rewrites that run before name resolution ({@link LabelLists}, {@link Redefinitions}).
 */
class ExprCopy {
    Script script(Script s) {
        return s == null ? null : new Script(s.span(), exprs(s.items()), s.key());
    }

    /** A copy that records the base letter or word of every name it meets in {@code into}. */
    static ExprCopy recordingBases(java.util.Set<String> into) {
        return new ExprCopy() {
            @Override
            Expr sym(Expr.Sym s) {
                into.add(s.base());
                return super.sym(s);
            }
        };
    }

    /** A definition (both sides) or a bare expression, copied; any other statement as it is. */
    dev.eqc.compiler.ast.Statement statement(dev.eqc.compiler.ast.Statement s) {
        if (s instanceof dev.eqc.compiler.ast.Statement.Definition d) {
            return new dev.eqc.compiler.ast.Statement.Definition(d.span(), expr(d.lhs()), d.opSpan(), d.op(),
                    expr(d.rhs()), d.comment());
        }
        if (s instanceof dev.eqc.compiler.ast.Statement.Bare b) {
            return new dev.eqc.compiler.ast.Statement.Bare(b.span(), expr(b.expr()), b.comment());
        }
        return s;
    }

    /** A number: the same node. */
    Expr num(Expr.Num n) {
        return n;
    }

    /** A name, with its scripts copied. */
    Expr sym(Expr.Sym s) {
        return new Expr.Sym(s.span(), s.kind(), s.base(), s.accent(), script(s.sub()), script(s.sup()), s.primes());
    }

    /** A call, with its callee and arguments copied. */
    Expr apply(Expr.Apply a) {
        return new Expr.Apply(a.span(), expr(a.callee()), exprs(a.args()), a.argsSpan());
    }

    /** A matrix written cell by cell, with its cells copied. */
    Expr matrix(Expr.Matrix m) {
        return new Expr.Matrix(m.span(), m.environment(), m.rows().stream().map(this::exprs).toList());
    }

    /** A bracketed list or group, with its items copied. */
    Expr group(Expr.Group g) {
        return new Expr.Group(g.span(), g.bracket(), exprs(g.items()));
    }

    /** A binary operation, with both operands copied. */
    Expr binary(Expr.Binary b) {
        return new Expr.Binary(b.span(), b.opSpan(), b.op(), expr(b.left()), expr(b.right()));
    }

    /** A fraction, with its numerator and denominator copied. */
    Expr frac(Expr.Frac f) {
        return new Expr.Frac(f.span(), expr(f.num()), expr(f.den()));
    }

    /** A reduction, with its operator and body copied. */
    Expr bigOp(Expr.BigOp b) {
        return new Expr.BigOp(b.span(), (Expr.Sym) expr(b.operator()), expr(b.body()));
    }

    /** An absolute value (or a set's size), with its operand copied. */
    Expr abs(Expr.Abs a) {
        return new Expr.Abs(a.span(), expr(a.operand()));
    }

    final List<Expr> exprs(List<Expr> items) {
        return items.stream().map(this::expr).toList();
    }

    final Expr expr(Expr e) {
        if (e instanceof Expr.Num n) {
            return num(n);
        }
        if (e instanceof Expr.Sym s) {
            return sym(s);
        }
        if (e instanceof Expr.Group g) {
            return group(g);
        }
        if (e instanceof Expr.Apply a) {
            return apply(a);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.opSpan(), u.op(), expr(u.operand()));
        }
        if (e instanceof Expr.Power p) {
            return new Expr.Power(p.span(), expr(p.base()), script(p.exponent()));
        }
        if (e instanceof Expr.Subscripted s) {
            return new Expr.Subscripted(s.span(), expr(s.base()), script(s.sub()));
        }
        if (e instanceof Expr.Frac f) {
            return frac(f);
        }
        if (e instanceof Expr.Root r) {
            return new Expr.Root(r.span(), r.degree() == null ? null : expr(r.degree()), expr(r.radicand()));
        }
        if (e instanceof Expr.Relation r) {
            return new Expr.Relation(r.span(), r.opSpan(), r.op(), expr(r.left()), expr(r.right()));
        }
        if (e instanceof Expr.BigOp b) {
            return bigOp(b);
        }
        if (e instanceof Expr.Underset u) {
            return new Expr.Underset(u.span(), expr(u.under()), expr(u.op()));
        }
        if (e instanceof Expr.Cases c) {
            return new Expr.Cases(c.span(), c.rows().stream().map(r -> new Expr.Case(r.span(), expr(r.value()),
                    r.condition() == null ? null : expr(r.condition()))).toList());
        }
        if (e instanceof Expr.Matrix m) {
            return matrix(m);
        }
        if (e instanceof Expr.Abs a) {
            return abs(a);
        }
        if (e instanceof Expr.Norm n) {
            return new Expr.Norm(n.span(), expr(n.operand()));
        }
        if (e instanceof Expr.Factorial f) {
            return new Expr.Factorial(f.span(), expr(f.operand()));
        }
        throw new AssertionError("an expression kind ExprCopy does not copy: " + e.getClass());
    }
}
