package dev.eqc.compiler.resolve;

import dev.eqc.compiler.ast.Expr;
import dev.eqc.compiler.builtin.Builtin;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.source.Span;
import dev.eqc.compiler.term.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a matrix or vector written cell by cell ({@code \begin{pmatrix} a & b \\ c & d \end{pmatrix}},
 * {@code bmatrix}, {@code matrix}, {@code array}) as the tensor of its cells: one column of {@code r}
 * cells (or one row) is a vector of size {@code r}, {@code r} rows of {@code c} cells a matrix
 * {@code [r, c]}. Cells that are themselves tensors of one shape {@code S} are stacked along new
 * trailing axes ({@code S + [r]}, {@code S + [r, c]}), so an element-wise batch of 2 × 2 rotations
 * multiplies a batch of 2-vectors. A {@code vmatrix} is the determinant of its matrix.
 *
 * <p>The tensor is built from operations that already have shapes, code and derivatives: each cell
 * gets a new last axis of size 1 ({@link Term.InsertAxis}) and the cells of a column are joined along
 * it ({@link Builtin#CONCAT}); the columns of a matrix likewise.
 *
 * <p>Reports: rows of different lengths (E0180), a pattern written with {@code \vdots} or
 * {@code \cdots} (E0181), a {@code Vmatrix} or {@code Bmatrix} whose meaning is not a tensor (E0181).
 */
final class MatrixLiterals {
    private static final Set<String> DOTS = Set.of("\\dots", "\\ldots", "\\cdots", "\\vdots", "\\ddots");

    private final BodyResolver body;

    MatrixLiterals(BodyResolver body) {
        this.body = body;
    }

    Term literal(Expr.Matrix m) {
        List<List<Expr>> rows = m.rows();
        String env = m.environment();
        if (env.equals("Vmatrix") || env.equals("Bmatrix")) {
            return body.error(Code.E0181, m.span(), "a `" + env + "` is not read as a tensor: `" + env.charAt(0)
                            + "matrix` means " + (env.equals("Vmatrix") ? "a norm" : "a set") + " by convention only",
                    "write the matrix with `pmatrix` or `bmatrix`, and the operation around it");
        }
        int columns = rows.get(0).size();
        for (List<Expr> row : rows) {
            if (row.size() != columns) {
                Span rowSpan = row.get(0).span().to(row.get(row.size() - 1).span());
                Diagnostic.of(Code.E0180, body.file.source, rowSpan, "this row has " + row.size() + " cell"
                                + (row.size() == 1 ? "" : "s") + " but the first row has " + columns)
                        .caret("row of " + row.size())
                        .label(m.span(), "in this matrix")
                        .help("give every row the same number of cells, separated by `&`")
                        .report(body.file.diagnostics);
                return new Term.Literal(m.span(), Double.NaN);
            }
            for (Expr cell : row) {
                if (cell instanceof Expr.Sym s && DOTS.contains(s.base())) {
                    return body.error(Code.E0181, s.span(), "a matrix with `" + s.base() + "` is a pattern whose"
                                    + " size and cells eqc cannot tell from the cells written",
                            "define the tensor element by element instead, like `y_{2i} = …` and `y_{2i+1} = …`,"
                                    + " or write every cell");
                }
            }
        }
        Term value;
        if (columns == 1 || rows.size() == 1) {
            // A column (or a row) of cells: a vector; eqc's vectors are neither rows nor columns.
            List<Expr> cells = columns == 1 ? rows.stream().map(r -> r.get(0)).toList() : rows.get(0);
            value = joined(m.span(), cells);
        } else {
            List<Term> columnTerms = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                final int col = j;
                Term column = joined(m.span(), rows.stream().map(r -> r.get(col)).toList());
                columnTerms.add(new Term.InsertAxis(m.span(), column, -1));
            }
            value = new Term.BuiltinCall(m.span(), Builtin.CONCAT, columnTerms);
        }
        if (env.equals("vmatrix")) {
            // |A| written as a vmatrix: the determinant (no derivative yet: E0501 if differentiated).
            return new Term.BuiltinCall(m.span(), Builtin.DET, List.of(value));
        }
        return value;
    }

    /** The cells as a vector along a new last axis. */
    private Term joined(Span span, List<Expr> cells) {
        List<Term> parts = new ArrayList<>();
        for (Expr cell : cells) {
            parts.add(new Term.InsertAxis(cell.span(), body.expr(cell), -1));
        }
        return new Term.BuiltinCall(span, Builtin.CONCAT, parts);
    }
}
