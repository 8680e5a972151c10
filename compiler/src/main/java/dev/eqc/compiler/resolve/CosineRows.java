package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.Program;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cosine similarity as scikit-learn's user guide prints it, "if x and y are row vectors": {@code k(x, y) =
 * \frac{x y^\top}{\|x\| \|y\|}} with {@code x, y \in \mathbb{R}^{d}}. Read as columns, {@code x y^\top} is their
 * outer product, a d x d matrix, and the kernel came out a matrix, silently. Over the product of the same two
 * vectors' norms it can only be their cosine: the vectors are rows, and the numerator their dot product,
 * {@code x^\top y} (W0463). Only for two vectors the file declares (one axis each), the left one not transposed and
 * the right one transposed, and a denominator that is the product of their two norms. Runs on the statements, before
 * name resolution.
 */
final class CosineRows {
    private CosineRows() {}

    static Program expand(Program program, Diagnostics diagnostics) {
        Set<String> vectors = new HashSet<>();
        for (Statement s : program.statements()) {
            if (s instanceof Statement.Declaration d && d.domain().dims().size() == 1) {
                d.names().forEach(n -> vectors.add(NameKeys.full(n)));
            }
        }
        if (vectors.isEmpty()) {
            return program;
        }
        List<Statement> out = new ArrayList<>();
        boolean[] changed = {false};
        ExprCopy copy = new ExprCopy() {
            @Override
            Expr frac(Expr.Frac f) {
                Expr.Frac inner = (Expr.Frac) super.frac(f);
                if (inner.num() instanceof Expr.Binary b && b.op() == BinaryOp.JUXTAPOSE && b.left() instanceof Expr.Sym u
                        && b.right() instanceof Expr.Sym v && u.sup() == null && v.sup() != null && v.sup().isTranspose()
                        && vectors.contains(NameKeys.full(u)) && vectors.contains(key(v))
                        && normsOf(inner.den(), NameKeys.full(u), key(v))) {
                    String text = program.source().slice(b.span()).strip();
                    Diagnostic.of(Code.W0463, program.source(), b.span(), "`" + text + "` over the product of the two"
                                    + " vectors' norms is their cosine: the vectors are read as rows, and `" + text
                                    + "` as their dot product, a number (as columns it is their outer product, a matrix)")
                            .caret("row × column: a dot product")
                            .help("write `" + program.source().slice(u.span()).strip() + "^\\top "
                                    + program.source().slice(v.span()).strip().replaceAll("\\^\\s*\\{?\\\\?(top|T|intercal)\\}?$", "")
                                    + "` to say so")
                            .report(diagnostics);
                    changed[0] = true;
                    Expr.Binary dot = new Expr.Binary(b.span(), b.opSpan(), BinaryOp.JUXTAPOSE,
                            u.withScripts(u.span(), u.sub(), v.sup(), u.primes()),
                            v.withScripts(v.span(), v.sub(), null, v.primes()));
                    return new Expr.Frac(inner.span(), dot, inner.den());
                }
                return inner;
            }
        };
        for (Statement s : program.statements()) {
            out.add(copy.statement(s));
        }
        return changed[0] ? new Program(program.source(), out) : program;
    }

    private static String key(Expr.Sym v) {
        return NameKeys.full(v.withScripts(v.span(), v.sub(), null, v.primes()));
    }

    /** Whether {@code den} is {@code \|u\| \|v\|} (either order, maybe with a subscript 2 on each norm). */
    private static boolean normsOf(Expr den, String u, String v) {
        if (!(den instanceof Expr.Binary b) || !b.op().isProduct()) {
            return false;
        }
        String l = normed(b.left());
        String r = normed(b.right());
        return l != null && r != null && (l.equals(u) && r.equals(v) || l.equals(v) && r.equals(u));
    }

    private static String normed(Expr e) {
        if (e instanceof Expr.Subscripted s && s.sub().key().equals("2")) {
            e = s.base();
        }
        return e instanceof Expr.Norm n && n.operand() instanceof Expr.Sym x && x.sup() == null ? NameKeys.full(x) : null;
    }
}
