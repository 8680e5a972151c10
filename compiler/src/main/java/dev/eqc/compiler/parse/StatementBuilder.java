package dev.eqc.compiler.parse;

import dev.eqc.compiler.ast.BinaryOp;
import dev.eqc.compiler.ast.Domain;
import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.ast.RelOp;
import dev.eqc.compiler.ast.Statement;
import dev.eqc.compiler.ast.SymKind;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.diag.Diagnostics;
import dev.eqc.compiler.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what kind of statement a line's comma-separated relations form (SPEC 2.1–2.2):
 * declarations ({@code \gamma, \beta \in \mathbb{R}^{d}}), possibly mixed with constants
 * ({@code \epsilon = 10^{-5}}); definitions ({@code =}, {@code :=}, {@code \leftarrow},
 * {@code \gets}); or a bare expression.
 */
final class StatementBuilder {
    private final SourceFile source;
    private final Diagnostics diagnostics;

    StatementBuilder(SourceFile source, Diagnostics diagnostics) {
        this.source = source;
        this.diagnostics = diagnostics;
    }

    List<Statement> build(List<Expr> relations, String comment) {
        boolean declares = relations.stream().anyMatch(r -> r instanceof Expr.Relation rel && rel.op() == RelOp.IN);
        List<Statement> out = new ArrayList<>();
        if (declares) {
            List<Expr.Sym> pending = new ArrayList<>();
            for (Expr item : relations) {
                if (item instanceof Expr.Relation rel && rel.op() == RelOp.IN) {
                    Expr.Sym name = declaredName(rel.left());
                    Domain domain = domain(rel.right());
                    if (name == null || domain == null) {
                        pending.clear();
                        continue;
                    }
                    pending.add(name);
                    out.add(new Statement.Declaration(pending.get(0).span().to(rel.span()), pending, domain));
                    pending = new ArrayList<>();
                } else if (item instanceof Expr.Relation rel && rel.op().isDefinition()) {
                    out.add(new Statement.Definition(rel.span(), rel.left(), rel.opSpan(), rel.right(), comment));
                } else if (item instanceof Expr.Sym sym) {
                    pending.add(sym);
                } else {
                    error(item, "expected a name to declare, like `x \\in \\mathbb{R}^{d}`");
                }
            }
            for (Expr.Sym left : pending) {
                error(left, "`" + source.slice(left.span()) + "` is listed but no `\\in` follows it");
            }
            return out;
        }
        if (relations.size() == 1 && !(relations.get(0) instanceof Expr.Relation)) {
            Expr e = relations.get(0);
            return List.of(new Statement.Bare(e.span(), e, comment));
        }
        for (Expr item : relations) {
            if (item instanceof Expr.Relation rel && rel.op().isDefinition()
                    && !(rel.left() instanceof Expr.Relation) && !(rel.right() instanceof Expr.Relation)) {
                out.add(new Statement.Definition(rel.span(), rel.left(), rel.opSpan(), rel.right(), comment));
            } else {
                error(item, "expected a declaration, a definition or an expression");
                return List.of();
            }
        }
        return out;
    }

    private Expr.Sym declaredName(Expr e) {
        if (e instanceof Expr.Sym s) {
            return s;
        }
        Diagnostic.of(Code.E0108, source, e.span(), "only names can be declared")
                .caret("not a name")
                .help("declare each input by name, like `W_1 \\in \\mathbb{R}^{d \\times h}`")
                .report(diagnostics);
        return null;
    }

    private Domain domain(Expr e) {
        if (e instanceof Expr.Sym s && s.kind() == SymKind.BB && s.sub() == null) {
            Domain.Field field = switch (s.base()) {
                case "R" -> Domain.Field.REAL;
                case "N" -> Domain.Field.NATURAL;
                case "Z" -> Domain.Field.INTEGER;
                default -> null;
            };
            if (field != null) {
                List<Expr> dims = new ArrayList<>();
                if (s.sup() != null) {
                    for (Expr item : s.sup().items()) {
                        flattenCross(item, dims);
                    }
                }
                if (field != Domain.Field.REAL && !dims.isEmpty()) {
                    Diagnostic.of(Code.E0108, source, e.span(), "integer tensors are not supported")
                            .caret("declare it over \\mathbb{R}")
                            .report(diagnostics);
                    return null;
                }
                return new Domain(e.span(), field, dims);
            }
        }
        Diagnostic.of(Code.E0108, source, e.span(), "expected a set like `\\mathbb{R}^{n \\times d}`")
                .caret("not a supported set")
                .help("inputs are declared over \\mathbb{R} (tensors and scalars) or \\mathbb{N} (integer scalars)")
                .report(diagnostics);
        return null;
    }

    private static void flattenCross(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.CROSS) {
            flattenCross(b.left(), out);
            flattenCross(b.right(), out);
        } else {
            out.add(e);
        }
    }

    private void error(Expr e, String message) {
        Diagnostic.of(Code.E0001, source, e.span(), message).report(diagnostics);
    }
}
