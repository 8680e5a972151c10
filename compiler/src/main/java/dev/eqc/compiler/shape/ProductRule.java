package dev.eqc.compiler.shape;

import dev.eqc.compiler.term.Dim;
import dev.eqc.compiler.diag.Code;
import dev.eqc.compiler.diag.Diagnostic;
import dev.eqc.compiler.term.Definition;
import dev.eqc.compiler.term.IndexVar;
import dev.eqc.compiler.term.Input;
import dev.eqc.compiler.term.Term;
import dev.eqc.compiler.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC 3.2: what juxtaposition, {@code \cdot} and {@code \times} mean for the shapes at hand,
 * and the error (with its help line) when they mean nothing.
 */
final class ProductRule {
    private final ShapeInference pass;
    private final TermShapes terms;

    ProductRule(ShapeInference pass, TermShapes terms) {
        this.pass = pass;
        this.terms = terms;
    }

    Shape shape(Term.Product p) {
        Shape l;
        Shape r;
        boolean leftWaits = terms.awaitsShape(p.left());
        if (leftWaits != terms.awaitsShape(p.right())) {
            // W \phi(q), z \cdot \phi(q): the value of an undefined function is what the other factor multiplies.
            Term knownTerm = leftWaits ? p.right() : p.left();
            Shape known = terms.shape(knownTerm);
            Shape told = known == null ? null : partner(known, leftWaits, isTransposedVector(knownTerm, known));
            String other = known == null ? null
                    : "`" + pass.source.slice(knownTerm.span()).trim() + "` (" + describe(terms.resolved(known)) + ")";
            String why = told == null ? null : known.rank() < 2
                    ? "it is multiplied with " + other + ": read as a vector of the same length"
                    : leftWaits ? "it multiplies " + other + " from the left: read as a vector of its row count"
                    : other + " multiplies it: read as a vector of its column count (a feature map)";
            Term waitingTerm = leftWaits ? p.left() : p.right();
            // beside a tensor that tells nothing (\phi(x) w^\top, an outer product of any length), the value is no
            // number either: E0192 (a number would silently scale the tensor)
            Shape waiting = known == null ? terms.shapeQuietly(waitingTerm)
                    : told == null && !known.isScalar() ? terms.shapeWithoutNumberFallback(waitingTerm)
                    : terms.shapeExpecting(waitingTerm, told, why);
            l = leftWaits ? waiting : known;
            r = leftWaits ? known : waiting;
        } else if (leftWaits) {
            // \phi(q) \psi(k): neither tells the other's shape; one E0192, at the first.
            l = terms.shape(p.left());
            r = l == null ? terms.shapeQuietly(p.right()) : terms.shape(p.right());
        } else {
            l = terms.shape(p.left());
            r = terms.shape(p.right());
        }
        if (l == null || r == null) {
            return null;
        }
        boolean leftRow = isTransposedVector(p.left(), l);
        boolean rightRow = isTransposedVector(p.right(), r);
        if (l.isScalar() || r.isScalar()) {
            return kind(p, ProductKind.SCALE, l.isScalar() ? r : l);
        }
        Term map = entryWiseOfDeclaredSquare(p.left(), 0);
        boolean mapLeft = map != null && terms.isSquareMatrix(terms.resolved(l)) && !l.isScalar();
        Term mapped = p.left();
        Term other = p.right();
        if (!mapLeft && l.rank() == 2 && r.rank() == 2 && terms.isSquareMatrix(terms.resolved(r))) {
            // S5's \Lambda^{-1}(\overline{\Lambda} - I) B with \overline{\Lambda} = e^{\Lambda\Delta}: the entry-wise
            // function of the square matrix is the right factor of a matrix product, a linear map all the same.
            // Was computed entry-wise, silently (every off-diagonal exp(0) = 1).
            map = entryWiseOfDeclaredSquare(p.right(), 0);
            if (map != null) {
                mapped = p.right();
                other = p.left();
                l = r;
                mapLeft = true;
            }
        }
        if (mapLeft) {
            // S4's \bar{A} = \exp(\Delta A) then \bar{A} h, Adagrad's \frac{\eta}{\sqrt{G_t + \epsilon}} g_t with G_t a
            // d x d matrix: an entry-wise function of a declared square matrix used as a linear map. Papers mean the
            // matrix function (the matrix exponential, G^{-1/2}) or the function of its diagonal; entry-wise, every
            // zero off the diagonal becomes exp(0) = 1 or 1/\sqrt{\epsilon}. Was computed entry-wise, silently.
            String text = pass.source.slice(mapped.span()).strip();
            String of = pass.source.slice(map.span()).strip();
            terms.error(Code.E0349, span(p), "`" + text + "` applies an entry-wise function to the square matrix `" + of
                            + "` " + terms.resolved(l) + " and then multiplies `" + pass.source.slice(other.span()).strip()
                            + "` by it: a paper means the matrix function here (the matrix exponential, a matrix power"
                            + " like G^{-1/2}) or the function of its diagonal, and eqc cannot tell which",
                    "for a diagonal matrix declare its diagonal as a vector (`a \\in \\mathbb{R}^{n}`) and write the"
                            + " element-wise form (`\\exp(\\Delta a) \\odot h`, `\\frac{\\eta}{\\sqrt{G + \\epsilon}}"
                            + " \\odot g` with `G` its diagonal); for the inverse square root of a symmetric matrix write"
                            + " `G^{-1/2} g`; for the entry-wise function as a matrix, write its elements (`E_{ij} ="
                            + " \\exp(A_{ij})`)", "an entry-wise function of a square matrix as a linear map");
            return null;
        }
        boolean star = pass.source.slice(p.opSpan()).equals("*");
        if (star && !(l.rank() == 1 && r.rank() == 1) && !leftRow && !rightRow) {
            Shape s = starProduct(p, l, r);
            if (s != null) {
                return s;
            }
        } else if (!p.explicit() && (l.rank() >= 3 || r.rank() >= 3) && l.rank() != r.rank() && !leftRow && !rightRow
                && !productFits(l, r) && !terms.trailingFits(l, r)) {
            // \sigma(y) (\frac{x - \mu(x)}{\sigma(x)}) in AdaIN: [N, C] beside [N, C, H, W] has no matrix-product
            // meaning; the per-channel statistic scales each (n, c) feature map.
            Shape s = terms.alignedRun(p.left(), l, p.right(), r, span(p));
            if (s != null) {
                elementwiseFromNowOn(p);
                return kind(p, ProductKind.ELEMENTWISE, s);
            }
        }
        if (l.rank() == 1 && r.rank() == 1) {
            if (leftRow && !rightRow && rowOfCapital(transposed(p.left())) != null && rowOfCapital(p.right()) != null
                    && writtenCapital(transposed(p.left())) && writtenCapital(p.right())) {
                // K_n^\top V_n (RetNet's recurrent state, linear attention's K_j^\top V_j): rows of the matrices K and
                // V, vectors written as rows, so a transposed row is a column and the product is a d x d_v matrix.
                // Was their dot product, silently (an error when d and d_v differ).
                Diagnostic.of(Code.W0381, pass.source, p.span(), "`" + pass.source.slice(p.span()).strip() + "` multiplies"
                                + " a transposed row of `" + rowOfCapital(transposed(p.left())) + "` by row `"
                                + pass.source.slice(p.right().span()).strip() + "` of `" + rowOfCapital(p.right())
                                + "`: the matrices hold their vectors as rows, so the transposed row is a column and the"
                                + " product is the rows' outer product, a matrix")
                        .caret("column × row: an outer product")
                        .help("for the dot product of the two rows, write `\\langle " + pass.source.slice(transposed(p.left()).span()).strip()
                                + ", " + pass.source.slice(p.right().span()).strip() + " \\rangle`")
                        .report(pass.diagnostics);
                return kind(p, ProductKind.OUTER, new Shape(List.of(l.dim(0), r.dim(0))));
            }
            if (leftRow && !rightRow && selfProductOfRows(p) && writesRowsAsRowVectors()) {
                // The same file multiplies such a row by a matrix on its right, (\mathbf{x}_i - \mu) W: its rows are
                // row vectors, so the transposed one on the left is a column and the product their outer product.
                String v = stripParens(pass.source.slice(p.right().span()));
                Diagnostic.of(Code.W0438, pass.source, p.span(), "`" + pass.source.slice(p.span()).strip() + "` multiplies"
                                + " a difference of rows of a declared matrix by itself, transposed on the left; the file"
                                + " multiplies rows by a matrix on their right, so its rows are row vectors and this is"
                                + " their outer product, a matrix")
                        .caret("row^T × row: an outer product")
                        .help("for the number (a squared norm), write `\\|" + v + "\\|^2`")
                        .report(pass.diagnostics);
                return kind(p, ProductKind.OUTER, new Shape(List.of(l.dim(0), r.dim(0))));
            }
            if (leftRow && !rightRow && selfProductOfRows(p)) {
                // BERT-whitening as printed: \Sigma = \frac{1}{N}\sum_i (\mathbf{x}_i - \mu)^\top (\mathbf{x}_i - \mu)
                // with x_i a row of x \in \mathbb{R}^{N \times d}: a file that writes rows as row vectors means the
                // d x d outer product (a covariance); columns make it the squared norm. The number stays, said.
                String v = pass.source.slice(p.right().span());
                Diagnostic.of(Code.W0438, pass.source, p.span(), "`" + pass.source.slice(p.span()).strip() + "` multiplies"
                                + " a difference of rows of a declared matrix by itself, transposed on the left: read as"
                                + " columns, the inner product (a squared norm, a number); if the rows are row vectors, the"
                                + " paper means the outer product, a matrix")
                        .caret("column^T × column: a number")
                        .help("for the matrix (a covariance), write `(" + stripParens(v) + ")(" + stripParens(v)
                                + ")^\\top`; for the number, `\\|" + stripParens(v) + "\\|^2`")
                        .report(pass.diagnostics);
                return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
            }
            if (leftRow && !rightRow) {
                return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
            }
            if (!leftRow && rightRow && rowByConvention(p.left())) {
                Diagnostic.of(Code.W0144, pass.source, p.span(), "`" + pass.source.slice(p.left().span())
                                + "` is a vector times a matrix, a row vector: the file writes vectors as rows, so `"
                                + pass.source.slice(p.right().span()) + "` is a column and the product is a number")
                        .caret("row × column: a dot product")
                        .help("to say so, write it as columns: `(W^\\top x)^\\top y` for `x W y^\\top`")
                        .report(pass.diagnostics);
                return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
            }
            if (!leftRow && rightRow && (rowOfCapital(p.left()) != null && rowOfCapital(transposed(p.right())) != null
                    || rowsAtTwoIndices(p.left(), transposed(p.right())))) {
                // Q_i K_j^\top (Transformer-XL's scores, cosFormer's Q'_i K'^\top_j): rows of the matrices Q and K,
                // vectors written as rows, so a row times a transposed row is a number. Was their d x d outer
                // product per (i, j), silently. So is \mathbf{q}_i {\mathbf{k}_j}^\top with the lower-case q, k
                // declared N x d_k (Weng's attention survey): two rows at two different indices.
                Diagnostic.of(Code.W0413, pass.source, p.span(), "`" + pass.source.slice(p.span()).strip() + "` multiplies"
                                + " row `" + pass.source.slice(p.left().span()).strip() + "` of `"
                                + rowName(p.left()) + "` by a transposed row of `"
                                + rowName(transposed(p.right())) + "`: the matrices hold their vectors as rows,"
                                + " so the product is the rows' dot product, a number")
                        .caret("row × column: a dot product")
                        .help("to say so, write `\\langle " + pass.source.slice(p.left().span()).strip() + ", … \\rangle`"
                                + " or the columns' form `(…)^\\top (…)`; for the outer product of two rows, name them as"
                                + " vectors (`q = Q_i`, `k = K_j`) and write `q k^\\top`")
                        .report(pass.diagnostics);
                return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
            }
            if (!leftRow && rightRow) {
                return kind(p, ProductKind.OUTER, new Shape(List.of(l.dim(0), r.dim(0))));
            }
            if (!leftRow && p.explicit()) {
                return vectorCdot(p, l, r);
            }
            if (!leftRow && !rightRow && differ(l.dim(0), r.dim(0))) {
                return outerOfDifferentLengths(p, l, r);
            }
            if (!leftRow && !rightRow && rowAt(scaledRow(p.left())) != null && wholeVector(p.right())
                    && pass.unifier.same(terms.resolved(l.dim(0)), terms.resolved(r.dim(0)))) {
                return rowTimesVector(p, l, r);
            }
            if (!leftRow && !rightRow && rowsAtTwoIndices(scaledRow(p.left()), p.right())
                    && pass.unifier.same(terms.resolved(l.dim(0)), terms.resolved(r.dim(0)))) {
                // scikit-learn's X_i W_k (multinomial logistic regression: "each row vector W_k corresponds to class
                // k"): rows of two declared matrices at two different indices side by side are their dot product, a
                // score for each pair. Was their element-wise product, a vector for each (i, k).
                String left = pass.source.slice(p.left().span()).trim();
                String right = pass.source.slice(p.right().span()).trim();
                Diagnostic.of(Code.W0455, pass.source, p.span(), "`" + left + "` and `" + right + "`, rows of the"
                                + " declared `" + rowName(scaledRow(p.left())) + "` and `" + rowName(p.right()) + "` at two different"
                                + " indices, side by side are read as their dot product, a number for each pair")
                        .caret("dot product: " + terms.resolved(l) + " · " + terms.resolved(r) + " → a number")
                        .help("write `" + left + " " + right + "^\\top` or `\\langle " + left + ", " + right + " \\rangle`"
                                + " to say so; for the element-wise product write `" + left + " \\odot " + right + "`")
                        .report(pass.diagnostics);
                return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
            }
            if (!leftRow && !rightRow && rowByConvention(p.left())
                    && pass.unifier.same(terms.resolved(l.dim(0)), terms.resolved(r.dim(0)))) {
                // review21: x Q x, y Q x with vectors and Q a matrix (Bertsekas' x'Qx with the primes dropped, or the
                // second point x' declared): the bilinear form, a number; was (xQ) \odot x, a vector, silently.
                String left = pass.source.slice(p.left().span()).trim();
                String right = pass.source.slice(p.right().span()).trim();
                Diagnostic.of(Code.W0144, pass.source, p.span(), "`" + left + "` is a vector times a matrix, then `" + right
                                + "`, a vector: read as the bilinear form, a number, as `(" + left + ")^\\top` would be")
                        .caret("vector · matrix · vector: a number")
                        .help("write the first vector transposed, `x^\\top Q y`, to say so; for the element-wise product"
                                + " write `(" + left + ") \\odot " + right + "`")
                        .report(pass.diagnostics);
                return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
            }
            if (!leftRow && !rightRow && terms.diagonals.closesNested(p)) {
                // read again on the next pass, the inner product a matrix
                return kind(p, ProductKind.ELEMENTWISE, l);
            }
            Shape s = terms.broadcast(l, r, span(p), p.span(), "⊙", "multiply element-wise");
            if (s != null && !leftRow && !rightRow && isName(p.left()) && isName(p.right())) {
                juxtaposedVectors(p, l, r, s);
            }
            return s == null ? null : kind(p, ProductKind.ELEMENTWISE, s);
        }
        if (l.rank() >= 2 && r.rank() == 1) {
            if (rightRow && rowSlice(p.right())) {
                // W_3 \mathrm{LayerNorm}(\mathbf{U})_{j,*} (MLP-Mixer): the row's values, as a vector the matrix maps.
                Diagnostic.of(Code.W0330, pass.source, p.right().span(), "`" + pass.source.slice(p.right().span())
                                + "` is a row, and a matrix times a row vector has no meaning: read as `"
                                + pass.source.slice(p.left().span()).strip() + "` times the row's values, a column")
                        .caret("the row's values, as a column")
                        .help("to say so, write it as a column of the transpose, like `W (X^\\top)_{*,j}` for"
                                + " `W X_{j,*}`")
                        .report(pass.diagnostics);
                return inner(p, l, r, ProductKind.MATVEC, new Shape(l.dims().subList(0, l.rank() - 1)));
            }
            if (rightRow) {
                return mismatch(p, l, r, "a matrix times a row vector has no meaning", null);
            }
            if (l.rank() == 2 && terms.diagonals.closesProduct(p, l, r)) {
                return kind(p, ProductKind.MATMUL, l);
            }
            return inner(p, l, r, ProductKind.MATVEC, new Shape(l.dims().subList(0, l.rank() - 1)));
        }
        if (l.rank() == 1 && r.rank() == 2 && !leftRow && terms.diagonals.asMatrix(p.left(), l, r, "multiplies")) {
            return kind(p, ProductKind.MATMUL, r);
        }
        if (l.rank() == 1 && r.rank() == 2 && !leftRow
                && pass.unifier.same(terms.resolved(l.dim(0)), terms.resolved(r.dim(0)))
                && (samples(p.right()) && batchAxis(terms.resolved(l).dim(0))
                        || coefficients(p.left()) && !weight(p.right()))) {
            return perSampleOrWeightedSum(p, l, r);
        }
        if (l.rank() == 1) {
            columnSoftmax(p, r);
            List<Dim> dims = new ArrayList<>(r.dims().subList(0, r.rank() - 2));
            dims.add(r.fromEnd(1));
            return inner(p, l, r, ProductKind.VECMAT, new Shape(dims));
        }
        Shape rows = diagonalTimesRows(p, l, r);
        if (rows != null) {
            return rows;
        }
        Shape draws = innerProductPerDraw(p, l, r);
        if (draws != null) {
            return draws;
        }
        Shape batch = terms.broadcast(new Shape(l.dims().subList(0, l.rank() - 2)),
                new Shape(r.dims().subList(0, r.rank() - 2)), span(p), p.span(), "×", "batch");
        if (batch == null) {
            return null;
        }
        List<Dim> dims = new ArrayList<>(batch.dims());
        dims.add(l.fromEnd(2));
        dims.add(r.fromEnd(1));
        columnSoftmax(p, r);
        return inner(p, l, r, ProductKind.MATMUL, new Shape(dims));
    }

    /**
     * Prince's {@code \mathbf{V}[\mathbf{X}] \cdot \mathbf{Softmax}[\mathbf{K}[\mathbf{X}]^T \mathbf{Q}[\mathbf{X}]]}
     * (inputs as columns): a softmax of a matrix as the right factor of a matrix product holds the weights the product
     * sums the softmax's first axis with, so it normalises each column (W0383); along the last axis each row would sum
     * to 1 while the product averages columns, silently. Rewritten as {@code softmax(S^\top)^\top}; as the left
     * factor ({@code \mathrm{softmax}(QK^\top)V}) the softmax stays along the last axis.
     */
    private void columnSoftmax(Term.Product p, Shape r) {
        if (r.rank() != 2 || !(p.right() instanceof Term.BuiltinCall sm)
                || sm.builtin() != dev.eqc.compiler.builtin.Builtin.SOFTMAX || sm.args().size() != 1
                || p.left() instanceof Term.BuiltinCall left && left.builtin() == dev.eqc.compiler.builtin.Builtin.SOFTMAX) {
            // softmax(A) softmax(B) (attention rollout): two attention matrices of the same convention, rows kept
            return;
        }
        pass.rewrites.put(sm, t -> t instanceof Term.BuiltinCall c && c.args().size() == 1
                ? new Term.Transpose(c.span(), new Term.BuiltinCall(c.span(), c.builtin(),
                        List.of(new Term.Transpose(c.args().get(0).span(), c.args().get(0)))))
                : t);
        String text = pass.source.slice(sm.span()).strip();
        String head = text.replaceAll("(\\\\left|\\\\[Bb]igg?l?)?\\s*[\\[(].*", "");
        String open = text.substring(head.length()).replaceAll("^(\\\\left|\\\\[Bb]igg?l?)?\\s*", "");
        String shown = text.length() <= 50 ? text : head + (open.startsWith("(") ? "(…)" : "[…]");
        Shape rs = terms.resolved(r);
        pass.readings.add(Diagnostic.of(Code.W0383, pass.source, sm.span(), "`" + shown + "`, a " + rs + " matrix, is the"
                        + " right factor of a product that sums over its first axis: read as the softmax of each column"
                        + " (each column's weights sum to 1), not of each row")
                .caret("softmax over each column")
                .help("to say so, write the softmax of the transpose, transposed: `\\mathrm{softmax}(S^\\top)^\\top`;"
                        + " for weights that sum to 1 along each row, define them first (`A = \\mathrm{softmax}(S)`) and"
                        + " multiply by `A`")
                .build());
    }

    /** Whether two sizes are different for sure: neither waits for a binding, and they are not the same. */
    private boolean differ(Dim a, Dim b) {
        Dim x = terms.resolved(a);
        Dim y = terms.resolved(b);
        return !Unifier.hasFlexible(x) && !Unifier.hasFlexible(y) && !pass.unifier.same(x, y);
    }

    /**
     * Adafactor's {@code R_t C_t} with {@code R_t \in \mathbb{R}^{n}}, {@code C_t \in \mathbb{R}^{m}}: two vectors
     * side by side whose lengths differ for sure have neither an element-wise nor an inner product; the paper's
     * column times row is the outer product {@code R_t C_t^\top}, read so with W0261.
     */
    private Shape outerOfDifferentLengths(Term.Product p, Shape l, Shape r) {
        String left = pass.source.slice(p.left().span()).trim();
        String right = pass.source.slice(p.right().span()).trim();
        Shape outer = new Shape(List.of(l.dim(0), r.dim(0)));
        pass.readings.add(Diagnostic.of(Code.W0261, pass.source, p.span(), "`" + pass.source.slice(p.span()).trim()
                        + "`: vectors of different lengths " + terms.resolved(l) + " and " + terms.resolved(r)
                        + " side by side are read as a column times a row, the outer product `" + left + " " + right
                        + "^\\top`")
                .caret("outer product → " + terms.resolved(outer))
                .help("write `" + left + " " + right + "^\\top` to say so and silence this warning")
                .build());
        // Written out as the column times the transposed row, so that code and derivatives see `u v^\top`.
        pass.rewrites.put(p, t -> t instanceof Term.Product q ? new Term.Product(q.span(), q.opSpan(), q.left(),
                new Term.Transpose(q.right().span(), q.right()), q.explicit()) : t);
        return kind(p, ProductKind.OUTER, outer);
    }

    /**
     * {@code \mathrm{diag}(\lambda) \times s} with {@code \lambda \in \mathbb{R}^{d}} and {@code s} a stack of
     * rows {@code N × d} (CaiT's LayerScale over the N tokens): the matrix product has no meaning (inner sizes d
     * and N differ) and the paper means each row's channels scaled, {@code s\,\mathrm{diag}(\lambda)}. Read so
     * with W0102 and written as the element-wise product {@code \lambda \odot s} (broadcast over the rows);
     * null when the product is not of that form.
     */
    private Shape diagonalTimesRows(Term.Product p, Shape l, Shape r) {
        if (!(p.left() instanceof Term.BuiltinCall b) || b.builtin() != dev.eqc.compiler.builtin.Builtin.DIAG
                || b.args().size() != 1 || l.rank() != 2 || r.rank() != 2 || productFits(l, r)) {
            return null;
        }
        Shape v = terms.shape(b.args().get(0));
        if (v == null || v.rank() != 1 || !pass.unifier.same(terms.resolved(v.dim(0)), terms.resolved(r.fromEnd(1)))) {
            return null;
        }
        String vector = pass.source.slice(b.args().get(0).span()).trim();
        String rows = pass.source.slice(p.right().span()).trim();
        pass.readings.add(Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + pass.source.slice(p.span()).trim() + "`: a " + l
                        + " diagonal times " + r + " rows has no matrix-product meaning; read as each row's entries"
                        + " scaled by `" + vector + "` (`" + rows + " \\mathrm{diag}(" + vector + ")`)")
                .caret("each row scaled: " + terms.resolved(v) + " ⊙ " + terms.resolved(r) + " → " + terms.resolved(r))
                .help("write `" + rows + " \\mathrm{diag}(" + vector + ")` or `" + vector + " \\odot " + rows
                        + "` to say so and silence this warning")
                .build());
        Term scale = b.args().get(0);
        pass.rewrites.put(p, t -> t instanceof Term.Product q
                ? new Term.Arith(q.span(), q.opSpan(), Term.ArithOp.MUL, scale, q.right()) : t);
        return kind(p, ProductKind.ELEMENTWISE, r);
    }

    /**
     * HaoChen et al.'s spectral contrastive loss, {@code \mathbb{E}_{x, x^+}[f(x)^\top f(x^+)]} with {@code f(x),
     * f(x^+)} declared [N, k]: inside an expectation that draws samples the rows of a matrix that is not square are
     * the draws (as for W0390's norms), so the transposed product of two such stacks is each draw's inner product,
     * one number per row, and the expectation their mean. The matrix product {@code f(x)^\top f(x^+)}, k x k, was
     * averaged over its last axis into k numbers with exit code 0. Rewrites the product to the row-wise sum of the
     * element-wise product (W0394); null when this is not that reading (no sampling expectation around it, a
     * square or flexible stack, the left factor not written transposed).
     */
    private Shape innerProductPerDraw(Term.Product p, Shape l, Shape r) {
        if (pass.samplingDepth == 0 || l.rank() != 2 || r.rank() != 2 || !(p.left() instanceof Term.Transpose tl)
                || p.right() instanceof Term.Transpose) {
            return null;
        }
        Shape ls = terms.resolved(l);
        Shape rs = terms.resolved(r);
        Dim cols = ls.dim(0);
        Dim rows = ls.dim(1);
        if (!fixedDim(cols) || !fixedDim(rows) || cols.toString().equals(rows.toString())
                || !pass.unifier.same(rows, rs.dim(0)) || !pass.unifier.same(cols, rs.dim(1))) {
            return null;
        }
        String axis = cols.toString();
        Term stack = tl.operand();
        pass.rewrites.put(p, t -> t instanceof Term.Product q && q.left() instanceof Term.Transpose qt
                ? new Term.AlongAxis(q.span(), dev.eqc.compiler.builtin.Builtin.SUM,
                        new Term.Arith(q.span(), q.opSpan(), Term.ArithOp.MUL, qt.operand(), q.right()), axis, false)
                : t);
        String text = pass.source.slice(p.span()).trim();
        String left = pass.source.slice(stack.span()).trim();
        String right = pass.source.slice(p.right().span()).trim();
        pass.readings.add(Diagnostic.of(Code.W0394, pass.source, p.span(), "`" + text + "` of two " + rs
                        + " matrices inside an expectation that draws samples is read as each row's inner product, one"
                        + " draw each, and the expectation as their mean; not the " + cols + " x " + cols
                        + " matrix product of the whole batch")
                .caret("inner product per row: " + ls + " × " + rs + " → [" + rows + "]")
                .help("to say so, write `\\frac{1}{" + rows + "}\\sum_{i} " + left + "_i^\\top " + right + "_i`; for"
                        + " the matrix product of the whole batch, name it outside the expectation")
                .build());
        return kind(p, ProductKind.ELEMENTWISE, new Shape(List.of(rows)));
    }

    private static boolean fixedDim(Dim d) {
        return d instanceof Dim.Known || d instanceof Dim.Symbol s && !s.flexible();
    }

    /**
     * The shape a factor of unknown shape takes beside a known one: a vector of the matrix's inner size (a matrix
     * times a feature vector, {@code W \phi(q)}; a row vector times a matrix), a vector of a vector's length; null
     * for a number or a row vector (nothing told).
     */
    private static Shape partner(Shape known, boolean knownOnRight, boolean knownIsRow) {
        if (known.rank() >= 2) {
            return new Shape(List.of(knownOnRight ? known.fromEnd(2) : known.fromEnd(1)));
        }
        if (known.rank() == 1 && (!knownIsRow || !knownOnRight)) {
            // w^\top \phi(x): a row before the value takes its dot product with it, a vector of the same length
            return known;
        }
        return null;
    }

    private static String describe(Shape s) {
        return (s.rank() == 1 ? "a vector " : s.rank() == 2 ? "a matrix " : "a tensor ") + s;
    }

    /**
     * {@code u \cdot v} between two vectors: papers mean the dot product ({@code u \cdot v / \|u\|\|v\|})
     * or the element-wise product ({@code x \cdot \sigma(x)}, SiLU as printed). When a side is an
     * element-wise function's value (an activation), eqc reads element-wise; otherwise the dot product
     * (SPEC 3.2: NumPy's matmul of two vectors). Either way a warning names both readings and the spellings
     * that have one meaning.
     */
    private Shape vectorCdot(Term.Product p, Shape l, Shape r) {
        // `*` is code's multiplication (PyTorch's docs print LayerNorm as `… * \\gamma + \\beta`): element-wise.
        boolean star = pass.source.slice(p.opSpan()).equals("*");
        // `\times`, the multiplication sign of numbers, between per-element values (FCOS's centre-ness
        // \frac{\min(l^*, r^*)}{\max(l^*, r^*)} \times \frac{\min(t^*, b^*)}{\max(t^*, b^*)}): element-wise, as `*`; papers
        // never write a dot product with it (it was the dot product, a number where FCOS means one per location).
        boolean times = pass.source.slice(p.opSpan()).equals("\\times");
        boolean elementwise = star || times || isActivation(p.left()) || isActivation(p.right());
        String text = pass.source.slice(p.span());
        String left = pass.source.slice(p.left().span());
        String right = pass.source.slice(p.right().span());
        // Q h_i \cdot K h_j: the transpose of a product needs its parentheses, (Q h_i)^\top K h_j.
        String transposed = p.left() instanceof Term.Product || p.left() instanceof Term.Arith
                ? "(" + left + ")" : left;
        Diagnostic.of(Code.W0102, pass.source, p.opSpan(), "`" + pass.source.slice(p.opSpan()) + "` between two vectors"
                        + " is read as " + (star ? "the element-wise product, as `*` is in code"
                                : times ? "the element-wise product, `\\times` multiplying the values element by element"
                                : elementwise ? "the element-wise product (an activation applied to a vector)"
                                : "the dot product") + " in `" + text + "`")
                .caret(elementwise ? "element-wise: " + l + " ⊙ " + r + " → " + l : "dot product → a scalar")
                .help(elementwise
                        ? "for the dot product write `" + transposed + "^\\top " + right + "`; write `" + left + " \\odot "
                                + right + "` to say element-wise and silence this warning"
                        : "for the element-wise product write `" + left + " \\odot " + right + "`; write `" + transposed
                                + "^\\top " + right + "` to say dot product and silence this warning")
                .report(pass.diagnostics);
        if (!elementwise) {
            return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
        }
        Shape s = terms.broadcast(l, r, span(p), p.span(), "⊙", "multiply element-wise");
        return s == null ? null : kind(p, ProductKind.ELEMENTWISE, s);
    }

    /**
     * {@code a * b} between tensors that are not both vectors: {@code *} is code's multiplication, element-wise
     * with broadcasting (PyTorch's documentation prints LayerNorm as {@code … * \gamma + \beta} and DyT as
     * {@code \gamma * \tanh(\alpha x) + \beta}). Read so (W0102) when the shapes broadcast, on their last axes
     * like NumPy or on the one run of leading axes that fits; null (the matrix-product reading, as before) when
     * they do not.
     */
    private Shape starProduct(Term.Product p, Shape l, Shape r) {
        Shape s;
        if (terms.trailingFits(l, r)) {
            s = terms.broadcast(l, r, span(p), p.span(), "*", "multiply element-wise");
        } else {
            s = terms.alignedRun(p.left(), l, p.right(), r, span(p));
            if (s != null) {
                elementwiseFromNowOn(p);
            }
        }
        if (s == null) {
            return null;
        }
        String left = pass.source.slice(p.left().span()).trim();
        String right = pass.source.slice(p.right().span()).trim();
        Diagnostic.of(Code.W0102, pass.source, p.opSpan(), "`*` between " + terms.resolved(l) + " and "
                        + terms.resolved(r) + " is read as the element-wise product with broadcasting, as `*` is in code"
                        + " (PyTorch's documentation), not a matrix product")
                .caret("element-wise: " + terms.resolved(l) + " * " + terms.resolved(r) + " → " + terms.resolved(s))
                .help("write `" + left + " \\odot " + right + "` to say so and silence this warning; for the matrix"
                        + " product write them side by side, `" + left + " " + right + "`")
                .report(pass.diagnostics);
        return kind(p, ProductKind.ELEMENTWISE, s);
    }

    /**
     * A product read element-wise with an operand aligned on its leading axes: once that operand has its trailing
     * size-1 axes (the rewrite of {@link ShapeInference#infer}), the product is written as the element-wise
     * multiplication it is, so the next check (and the gradient pass's) does not read it as a matrix product.
     */
    private void elementwiseFromNowOn(Term.Product p) {
        pass.rewrites.put(p, t -> t instanceof Term.Product q
                ? new Term.Arith(q.span(), q.opSpan(), Term.ArithOp.MUL, q.left(), q.right()) : t);
    }

    /** Whether the matrix product of the two could be defined (inner sizes equal or not yet known). */
    private boolean productFits(Shape l, Shape r) {
        Dim a = terms.resolved(l.fromEnd(1));
        Dim b = terms.resolved(r.rank() == 1 ? r.fromEnd(1) : r.fromEnd(2));
        return Unifier.hasFlexible(a) || Unifier.hasFlexible(b) || pass.unifier.same(a, b);
    }

    /**
     * Two column vectors side by side ({@code z_t h_{t-1}} in a GRU, {@code o_t \tanh(c_t)} in an LSTM)
     * have no matrix-product meaning; papers that write them so mean the element-wise product, and
     * that is the reading, said with W0102, since a reader might have meant {@code u^\top v}.
     */
    private void juxtaposedVectors(Term.Product p, Shape l, Shape r, Shape result) {
        String left = pass.source.slice(p.left().span());
        String right = pass.source.slice(p.right().span());
        Diagnostic.of(Code.W0102, pass.source, p.span(), "two vectors side by side are read as the element-wise"
                        + " product in `" + pass.source.slice(p.span()) + "`")
                .caret("element-wise: " + terms.resolved(l) + " ⊙ " + terms.resolved(r) + " → " + terms.resolved(result))
                .help("write `" + left + " \\odot " + right + "` to say so and silence this warning; for the dot"
                        + " product write `" + left + "^\\top " + right + "`")
                .report(pass.diagnostics);
    }

    /**
     * Dropout's {@code z_i = \mathbf{w}_i \tilde{\mathbf{y}} + b_i} with {@code \mathbf{w} \in \mathbb{R}^{m \times n}}:
     * a row of a declared matrix (one index) side by side with a whole vector (no index) is the row times the
     * column, their dot product (element i of {@code W y}), said with W0102. Two rows ({@code z_t h_{t-1}} of a
     * GRU) stay element-wise.
     */
    private Shape rowTimesVector(Term.Product p, Shape l, Shape r) {
        String left = pass.source.slice(p.left().span()).trim();
        String right = pass.source.slice(p.right().span()).trim();
        Diagnostic.of(Code.W0102, pass.source, p.span(), "`" + left + "`, a row of a matrix, side by side with the"
                        + " vector `" + right + "` is read as their dot product, a number (the row times the column)")
                .caret("dot product: " + terms.resolved(l) + " · " + terms.resolved(r) + " → a number")
                .help("write `" + left + "^\\top " + right + "` to say so and silence this warning; for the element-wise"
                        + " product write `" + left + " \\odot " + right + "`")
                .report(pass.diagnostics);
        return inner(p, l, r, ProductKind.DOT, Shape.SCALAR);
    }

    /** {@code w_i}: one row of a declared matrix, selected by one index. */
    /**
     * {@code (\\mathbf{x}_i - \\mu)^\\top (\\mathbf{x}_i - \\mu)}: the same expression on both sides, transposed on the
     * left, a difference that reads a row of a declared matrix (W0438). {@code (y - Xw)^\\top (y - Xw)}, a vector
     * that is no row, and {@code x_i^\\top x_j}, two rows, are not this.
     */
    private boolean selfProductOfRows(Term.Product p) {
        Term left = transposed(p.left());
        if (left == null || !(left instanceof Term.Arith a) || a.op() != Term.ArithOp.SUB) {
            return false;
        }
        String l = stripParens(pass.source.slice(left.span()));
        String r = stripParens(pass.source.slice(p.right().span()));
        return l.replaceAll("\\s+", "").equals(r.replaceAll("\\s+", "")) && readsRow(left);
    }

    private Boolean rowVectors;

    /**
     * Whether the file multiplies a row of a declared matrix, not transposed, by a declared matrix on its right
     * ({@code \\tilde{\\mathbf{x}}_i = (\\mathbf{x}_i - \\mu)W}): it writes its vectors as rows.
     */
    private boolean writesRowsAsRowVectors() {
        if (rowVectors == null) {
            rowVectors = false;
            for (Definition d : pass.program().definitions()) {
                if (d.body() != null && rowTimesMatrix(d.body())) {
                    rowVectors = true;
                    break;
                }
            }
        }
        return rowVectors;
    }

    private static boolean rowTimesMatrix(Term t) {
        if (t instanceof Term.Product p && !(p.left() instanceof Term.Transpose) && readsRow(p.left())
                && p.right() instanceof Term.InputRef in && in.input().declared() && in.input().dims() != null
                && in.input().dims().size() == 2) {
            return true;
        }
        for (Term c : t.children()) {
            if (rowTimesMatrix(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsRow(Term t) {
        if (rowOfMatrix(t)) {
            return true;
        }
        for (Term c : t.children()) {
            if (readsRow(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code (a - b)} without its outer parentheses ({@code \\left( … \\right)} too). */
    private static String stripParens(String text) {
        String t = text.strip();
        while (t.matches("(?s)(\\\\left\\s*)?\\(.*(\\\\right\\s*)?\\)") && balanced(t)) {
            t = t.replaceFirst("^(\\\\left\\s*)?\\(", "").replaceFirst("(\\\\right\\s*)?\\)$", "").strip();
        }
        return t;
    }

    /** Whether the parenthesis opening {@code t} closes at its end. */
    private static boolean balanced(String t) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < t.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }

    /**
     * {@code \\mathbf{q}_i {\\mathbf{k}_j}^\\top} with {@code \\mathbf{q}, \\mathbf{k}} declared matrices: rows at two
     * different indices, whose outer product would be a matrix for every pair (i, j), which no paper means. The
     * same index twice ({@code \\mathbf{x}_i \\mathbf{x}_i^\\top}, a covariance's term) is not this.
     */
    private static boolean rowsAtTwoIndices(Term left, Term right) {
        Term.Index l = rowAt(left);
        Term.Index r = rowAt(right);
        // x_1 y_j (a numbered row, chosen by a condition, SigLIP's first image against every text): two rows too
        return l != null && r != null && (l != left || r != right
                || !l.indices().get(0).name().equals(r.indices().get(0).name()));
    }

    /** The row of a declared matrix {@code t} is, at an index or chosen by a label or number; else null. */
    private static Term.Index rowAt(Term t) {
        if (t != null && rowOfMatrix(t)) {
            return (Term.Index) t;
        }
        return t != null && labelRowOfMatrix(t) ? (Term.Index) ((Term.Where) ((Term.Reduce) t).body()).then() : null;
    }

    /** The declared name of the matrix whose row {@code t} is ({@link #rowOfMatrix}, {@link #labelRowOfMatrix}). */
    private static String rowName(Term t) {
        return ((Term.InputRef) rowAt(t).base()).input().latex();
    }

    /**
     * The row at the end of a chain of numbers times it: {@code x_i} in {@code t x_i} (SigLIP's {@code -t x_i y_j}),
     * whose product with another row is the coefficient times their dot product; {@code t} itself otherwise.
     */
    private Term scaledRow(Term t) {
        Term at = unNegated(t);
        while (at instanceof Term.Product p && !p.explicit() && shapeOf(p.left()) != null
                && shapeOf(p.left()).rank() == 0) {
            at = unNegated(p.right());
        }
        return rowAt(at) != null ? at : t;
    }

    /**
     * {@code \mathbf{w}_t} with {@code t} a declared class label ({@code t \in \{1, \ldots, K\}}): the row of the
     * declared matrix the label picks (the selection {@code \sum_c [t = c] \mathbf{w}_c}). Side by side with a whole
     * vector it is the row times the column, as {@code \mathbf{w}_y \mathbf{x}} under {@code \max_{y \ne t}} is
     * (Wikipedia's multiclass hinge loss); it was the element-wise product, unwarned, beside the dot product.
     */
    private static boolean labelRowOfMatrix(Term t) {
        return t instanceof Term.Reduce r && r.op() == Term.ReduceOp.SUM && IndexVar.CLASSES.equals(r.var().name())
                && r.body() instanceof Term.Where w && w.then() instanceof Term.Index ix && ix.indices().size() == 1
                && ix.indices().get(0) == r.var() && rowOfMatrix(ix);
    }

    /**
     * {@code -X_i} in scikit-learn's {@code \exp(-X_i w - w_0)}: a sign written before a row is read with the product
     * after it ({@code -(X_i w)}), so the row is still a row beside the vector. Was the element-wise product.
     */
    private static Term unNegated(Term t) {
        return t instanceof Term.Negate n ? n.operand() : t;
    }

    private static boolean rowOfMatrix(Term t) {
        return t instanceof Term.Index ix && ix.indices().size() == 1 && ix.base() instanceof Term.InputRef in
                && in.input().declared() && in.input().dims() != null && in.input().dims().size() == 2;
    }

    /**
     * The name of the declared matrix whose row {@code t} is, when that name is a capital ({@code Q_i},
     * {@code \\mathbf{K}'_j}: papers' matrices of row vectors); null for any other term ({@code x_i}).
     */
    private static String rowOfCapital(Term t) {
        if (t == null || !rowOfMatrix(t)) {
            return null;
        }
        String latex = ((Term.InputRef) ((Term.Index) t).base()).input().latex();
        String letters = latex.replaceAll("\\\\(mathbf|boldsymbol|bm|mathit|mathrm|mathsf)\\s*\\{?", "").strip();
        return !letters.isEmpty() && Character.isUpperCase(letters.charAt(0)) ? latex : null;
    }

    /** Whether {@code t} is written with a capital ({@code K_n}, not {@code q_i} for a row of {@code Q}). */
    private boolean writtenCapital(Term t) {
        String letters = pass.source.slice(t.span()).replaceAll("\\\\(mathbf|boldsymbol|bm|mathit|mathrm|mathsf)\\s*\\{?", "")
                .strip();
        return !letters.isEmpty() && Character.isUpperCase(letters.charAt(0));
    }

    /** The operand of a transposed row ({@code K_j^\\top}, {@code K^\\top_j}), or null. */
    private static Term transposed(Term t) {
        if (t instanceof Term.Transpose tr) {
            return tr.operand();
        }
        if (t instanceof Term.Index ix && ix.indices().size() == 1 && ix.base() instanceof Term.Transpose tr
                && tr.operand() instanceof Term.InputRef) {
            return new Term.Index(ix.span(), tr.operand(), ix.indices());
        }
        return null;
    }

    /** A vector named whole: an input or a defined value, with no index. */
    private static boolean wholeVector(Term t) {
        return t instanceof Term.InputRef || t instanceof Term.ValueRef;
    }

    /**
     * A name, maybe indexed or negated ({@code u}, {@code x_i}, {@code -\alpha_t}): two of them side by side
     * could mean a dot product ({@code x_i w}); beside a bracket, a fraction or a call ({@code (1 - z_t) h},
     * {@code \frac{g}{\sigma}(x - \mu)}) papers write element-wise formulas.
     */
    private static boolean isName(Term t) {
        if (t instanceof Term.Negate n) {
            return isName(n.operand());
        }
        if (t instanceof Term.Index ix) {
            return isName(ix.base());
        }
        return t instanceof Term.InputRef || t instanceof Term.ParamRef || t instanceof Term.ValueRef
                || t instanceof Term.ConstRef;
    }

    /**
     * The value of an element-wise built-in ({@code \sigma(x)}, {@code \tanh(x)}), or of a function of the file
     * built only from element-wise operations on its one parameter (Swish's {@code \sigma(z) = (1 + \exp(-z))^{-1}}
     * defined in a where clause): an activation.
     */
    private static boolean isActivation(Term t) {
        if (t instanceof Term.Compare || t instanceof Term.Where) {
            return true; // an indicator \mathbb{1}[x > 0]: a mask, element by element
        }
        if (t instanceof Term.Call c && c.function().params().size() == 1 && c.args().size() == 1) {
            return dev.eqc.compiler.term.TermTrees.preorder(c.function().body()).stream().allMatch(x ->
                    x instanceof Term.Literal || x instanceof Term.ParamRef || x instanceof Term.ConstRef
                            || x instanceof Term.DimValue || x instanceof Term.Arith || x instanceof Term.Power
                            || x instanceof Term.Negate || x instanceof Term.Compare || x instanceof Term.Where
                            || x instanceof Term.BuiltinCall b
                            && b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.UNARY);
        }
        return t instanceof Term.BuiltinCall b && b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.UNARY;
    }

    private Shape inner(Term.Product p, Shape l, Shape r, ProductKind kind, Shape result) {
        Dim a = l.fromEnd(1);
        Dim b = kind == ProductKind.MATVEC || kind == ProductKind.DOT ? r.fromEnd(1) : r.fromEnd(2);
        if (!pass.unifier.unify(a, b)) {
            return mismatch(p, l, r, "inner dimensions " + terms.resolved(a) + " and " + terms.resolved(b) + " differ",
                    kind);
        }
        return kind(p, kind, result);
    }

    private Shape kind(Term.Product p, ProductKind kind, Shape result) {
        pass.products.put(p, kind);
        if (kind == ProductKind.MATMUL || kind == ProductKind.MATVEC || kind == ProductKind.VECMAT) {
            pass.squarePowers.factorsOf(p);
        }
        return result;
    }

    private Shape mismatch(Term.Product p, Shape l, Shape r, String why, ProductKind kind) {
        Shape ls = terms.resolved(l);
        Shape rs = terms.resolved(r);
        Diagnostic.Builder d = Diagnostic.of(Code.E0301, pass.source, span(p),
                        "cannot multiply " + ls + " by " + rs + ": " + why)
                .caret(ls + " × " + rs);
        declaredHere(p.left(), d);
        declaredHere(p.right(), d);
        d.help(help(p, ls, rs));
        d.report(pass.diagnostics);
        return null;
    }

    /** The most useful fix: another input that fits, a transpose, or {@code \odot}. */
    private String help(Term.Product p, Shape l, Shape r) {
        Term right = p.right();
        boolean transposed = right instanceof Term.Transpose;
        Term base = transposed ? ((Term.Transpose) right).operand() : right;
        String odot = broadcastable(l, r) ? "for an element-wise product write `\\odot`" : null;
        // The same operand, (un)transposed, is the likeliest fix (x W_1 for x W_1^T, Q K^T for Q K).
        boolean named = base instanceof Term.InputRef || base instanceof Term.ParamRef || base instanceof Term.ValueRef;
        if (named && fits(l, r.transposed()) && r.rank() >= 2) {
            String text = pass.source.slice(right.span());
            String suggestion = transposed ? pass.source.slice(base.span()) : text + "^\\top";
            return "did you mean `" + suggestion + "`?" + (odot == null ? "" : " (" + odot + ")");
        }
        Input wrong = inputOf(base);
        if (wrong != null) {
            Input leftInput = inputOf(p.left() instanceof Term.Transpose t ? t.operand() : p.left());
            for (Input other : pass.program().inputs()) {
                if (other.key().equals(wrong.key()) || !other.declared()
                        || (leftInput != null && other.key().equals(leftInput.key()))) {
                    continue;
                }
                Shape os = terms.resolved(pass.inputShapes.get(other));
                Shape candidate = transposed ? os.transposed() : os;
                if (fits(l, candidate)) {
                    String fixed = pass.source.slice(p.span()).replace(wrong.latex(), other.latex());
                    return other.latex() + " has shape " + os + "; did you mean `" + fixed + "`?";
                }
            }
        }
        return odot;
    }

    private boolean fits(Shape l, Shape r) {
        if (l.rank() == 0 || r.rank() == 0) {
            return true;
        }
        Dim a = l.fromEnd(1);
        Dim b = r.rank() == 1 ? r.fromEnd(1) : r.fromEnd(2);
        return pass.unifier.same(a, b);
    }

    private boolean broadcastable(Shape a, Shape b) {
        for (int i = 1; i <= Math.min(a.rank(), b.rank()); i++) {
            Dim x = a.fromEnd(i);
            Dim y = b.fromEnd(i);
            if (!pass.unifier.same(x, y) && !Unifier.isOne(x) && !Unifier.isOne(y)) {
                return false;
            }
        }
        return true;
    }

    /** The declared input a term names directly (an input, or a parameter of a declared name). */
    private static Input inputOf(Term t) {
        if (t instanceof Term.InputRef ref && ref.input().declared()) {
            return ref.input();
        }
        if (t instanceof Term.ParamRef pr) {
            return pr.param().declaration();
        }
        return null;
    }

    private void declaredHere(Term t, Diagnostic.Builder d) {
        Term base = t instanceof Term.Transpose tr ? tr.operand() : t;
        if (base instanceof Term.InputRef ref && ref.input().declared()) {
            d.label(ref.input().span(), ref.input().latex() + " declared here as "
                    + terms.resolved(pass.inputShapes.get(ref.input())));
        } else if (base instanceof Term.ParamRef pr && pr.param().declaration() != null) {
            d.label(pr.param().declaration().span(), pr.param().latex() + " declared here as "
                    + terms.resolved(pass.inputShapes.get(pr.param().declaration())));
        }
    }

    /**
     * {@code x_i W^Q}: an untransposed vector times a matrix, which has a meaning only when vectors are rows
     * (Shaw et al., the Transformer's {@code xW}); a transposed vector after it is then a column.
     */
    private boolean rowByConvention(Term t) {
        return t instanceof Term.Product p && pass.products.get(p) == ProductKind.VECMAT && !isRow(p.left());
    }

    /** {@code u^\top}, also under a sign ({@code -u^\top v} is {@code -(u^\top v)}). */
    private boolean isTransposedVector(Term t, Shape s) {
        return s.rank() == 1 && isRow(t);
    }

    /** A row slice {@code W_{j,*}}, {@code f(X)_{j,:}}: the transposed row the resolver builds, one span for both. */
    private static boolean rowSlice(Term t) {
        return t instanceof Term.Transpose tr && tr.operand() instanceof Term.Index ix && ix.indices().size() == 1
                && ix.span().equals(tr.span());
    }

    /**
     * Whether {@code d} is a batch axis of the file: the first axis of two or more declared tensors of rank two or
     * more, and no other axis of any (the samples of {@code \\boldsymbol{x}, F_\\theta(…) \\in \\mathbb{R}^{B \\times
     * D}}); a weight's input axis ({@code d} in {@code W \\in \\mathbb{R}^{d \\times h}}, {@code x \\in
     * \\mathbb{R}^{d}}) leads one matrix only.
     */
    private boolean batchAxis(dev.eqc.compiler.term.Dim d) {
        if (!(d instanceof dev.eqc.compiler.term.Dim.Symbol sym)) {
            return false;
        }
        int leading = 0;
        for (dev.eqc.compiler.term.Input in : pass.program().inputs()) {
            if (!in.declared() || in.dims() == null) {
                continue;
            }
            for (int k = 0; k < in.dims().size(); k++) {
                if (in.dims().get(k) instanceof dev.eqc.compiler.term.Dim.Symbol s && s.name().equals(sym.name())) {
                    if (k > 0) {
                        return false;
                    }
                    if (in.dims().size() >= 2) {
                        leading++;
                    }
                }
            }
        }
        return leading >= 2;
    }

    /**
     * Whether {@code t} names samples rather than weights: a value the paper's network gives ({@code F_\\theta(…)}
     * declared), or a name whose letter is lower-case ({@code \\boldsymbol{x}}, {@code \\mathbf{x}_0}, {@code
     * \\boldsymbol{\\epsilon}}) or one of the data letters X, Y, Z, E; a weight ({@code W}, {@code V}, {@code U^{(l)}}) is
     * none.
     */
    private static boolean samples(Term t) {
        String latex;
        if (t instanceof Term.InputRef in) {
            if (in.input().isApplied()) {
                return true;
            }
            latex = in.input().latex();
        } else if (t instanceof Term.ValueRef v && !v.definition().function()) {
            latex = v.definition().latexName();
        } else if (t instanceof Term.ParamRef p) {
            latex = p.param().latex();
        } else {
            return false;
        }
        String bare = latex.trim().replaceAll("^\\\\(?:mathbf|boldsymbol|bm|vec|mathrm|tilde|hat|bar)\\{", "")
                .replaceAll("^\\\\(?:mathbf|boldsymbol|bm|vec|mathrm|tilde|hat|bar)\\{", "");
        if (bare.startsWith("\\")) {
            String command = bare.substring(1).replaceAll("[^A-Za-z].*", "");
            return !command.isEmpty() && Character.isLowerCase(command.charAt(0));
        }
        char c = bare.isEmpty() ? 'W' : bare.charAt(0);
        return Character.isLowerCase(c) || "XYZE".indexOf(c) >= 0;
    }

    /**
     * Whether {@code t} is a vector of coefficients: an element-wise function or arithmetic of declared vectors named
     * like numbers (a Greek letter or {@code t}: EDM's {@code c_{out}(\\sigma)}, {@code (1 - t)}, {@code
     * \\sqrt{\\bar{\\alpha}_t}}), with no product, row or reduction in it (a layer's {@code \\max(0, xW_1 + b_1)} is none).
     */
    private static boolean coefficients(Term t) {
        if (t instanceof Term.InputRef || t instanceof Term.ParamRef || t instanceof Term.ValueRef) {
            return false;   // a plain name: the batch-axis rule decides
        }
        boolean named = false;
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.InputRef in) {
                if (in.input().isApplied() || !in.input().declared() || in.input().dims() == null
                        || in.input().dims().size() > 1) {
                    return false;
                }
                if (in.input().dims().size() == 1) {
                    String bare = in.input().latex().trim().replaceAll("^\\\\(?:bar|hat|tilde|mathbf|boldsymbol)\\{", "");
                    if (!(bare.startsWith("\\") && bare.length() > 1 && Character.isLowerCase(bare.charAt(1))
                            || bare.matches("t(_.*)?"))) {
                        return false;
                    }
                    named = true;
                }
            } else if (u instanceof Term.Call c) {
                if (!c.function().function()) {
                    return false;
                }
            } else if (u instanceof Term.BuiltinCall b) {
                if (b.builtin().kind() != dev.eqc.compiler.builtin.Builtin.Kind.UNARY
                        && b.builtin().kind() != dev.eqc.compiler.builtin.Builtin.Kind.BINARY) {
                    return false;
                }
            } else if (!(u instanceof Term.Literal || u instanceof Term.ConstRef || u instanceof Term.DimValue
                    || u instanceof Term.ParamRef || u instanceof Term.Arith || u instanceof Term.Power
                    || u instanceof Term.Negate)) {
                return false;
            }
        }
        return named;
    }

    /** Whether {@code t} is a weight matrix by its letter: W, U or V ({@code \\mathbf{W}_1}, {@code W^{(l)}}). */
    private static boolean weight(Term t) {
        String latex = t instanceof Term.InputRef in ? in.input().latex()
                : t instanceof Term.ParamRef p ? p.param().latex()
                : t instanceof Term.ValueRef v ? v.definition().latexName() : null;
        if (latex == null) {
            return false;
        }
        String bare = latex.trim().replaceAll("^\\\\(?:mathbf|boldsymbol|bm|mathrm|tilde|hat|bar)\\{", "");
        return !bare.isEmpty() && "WUV".indexOf(bare.charAt(0)) >= 0;
    }

    /**
     * EDM's {@code c_{skip}(\\sigma) \\boldsymbol{x} + c_{out}(\\sigma) F} with {@code \\sigma \\in \\mathbb{R}^{B}} and the
     * samples {@code B \\times D}, rectified flow's {@code (1 - t) \\mathbf{x}_0}, attention's {@code a v}: a vector along
     * a matrix's first axis, before it, is the weighted sum of its rows (the row vector times the matrix) or one
     * number per row scaling it, and papers print both so. Where the vector looks like one number per sample (a
     * batch axis of the file before samples, or coefficients of numbers-like names before anything but a weight),
     * eqc stops (E0355). It was the weighted sum, silently (probe22, review22).
     */
    private Shape perSampleOrWeightedSum(Term.Product p, Shape l, Shape r) {
        String vector = pass.source.slice(p.left().span()).trim();
        String matrix = pass.source.slice(p.right().span()).trim();
        terms.error(Code.E0355, span(p), "`" + vector + "` " + terms.resolved(l) + " before `" + matrix + "` "
                        + terms.resolved(r) + " runs along the matrix's first axis: it may be one number per row, scaling"
                        + " each row (a per-sample coefficient), or the weights of a sum of the rows, and eqc cannot tell",
                "write `\\mathrm{diag}(" + vector + ") " + matrix + "` to scale each row, or `(" + vector + ")^\\top "
                        + matrix + "` for the weighted sum of the rows", "one number per row, or a weighted sum?");
        return null;
    }

    /**
     * A row vector stays one when negated, scaled or divided by a number: {@code y \, w^\top x} is
     * {@code y (w^\top x)}, a number, not {@code y w \odot x}; a row times a matrix is a row.
     */
    private boolean isRow(Term t) {
        return isRow(t, new java.util.HashSet<>());
    }

    private boolean isRow(Term t, java.util.Set<Definition> seen) {
        if (t instanceof Term.Transpose tr) {
            // (\mathbf{1}^\top D_S)^\top (Deep CORAL): the transpose of a row vector is a column again, so
            // (\mathbf{1}^\top D)^\top (\mathbf{1}^\top D) is an outer product and (\mathbf{1}^\top D)(\mathbf{1}^\top D)^\top
            // a number (both were read element-wise, silently).
            return !isRow(tr.operand(), seen);
        }
        if (t instanceof Term.Negate n) {
            return isRow(n.operand(), seen);
        }
        if (t instanceof Term.Product p && pass.products.get(p) == ProductKind.VECMAT) {
            // x^\top W is a row vector, so x^\top W y is a number (a bilinear form), not x^\top W \odot y.
            return isRow(p.left(), seen);
        }
        if (t instanceof Term.Product p && pass.products.get(p) == ProductKind.SCALE) {
            Shape l = shapeOf(p.left());
            return l != null && l.isScalar() ? isRow(p.right(), seen) : isRow(p.left(), seen);
        }
        if (t instanceof Term.Arith a && (a.op() == Term.ArithOp.DIV || a.op() == Term.ArithOp.MUL)) {
            Shape l = shapeOf(a.left());
            Shape r = shapeOf(a.right());
            if (r != null && r.isScalar()) {
                return isRow(a.left(), seen);
            }
            return a.op() == Term.ArithOp.MUL && l != null && l.isScalar() && isRow(a.right(), seen);
        }
        return false;
    }

    /** The shape already inferred for {@code t} (also in another definition's body), else inferred here. */
    private Shape shapeOf(Term t) {
        Shape known = pass.shapes.get(t);
        return known != null ? known : terms.shape(t);
    }

    /** Juxtaposition has no operator: point at the whole product. */
    private static Span span(Term.Product p) {
        return p.opSpan().length() == 0 ? p.span() : p.opSpan();
    }

    /**
     * The declared square matrix inside {@code t} when {@code t} is an entry-wise function of it and of numbers only
     * ({@code \exp(\Delta A)}, {@code \frac{\eta}{\sqrt{G + \epsilon}}}, or a name defined so), else null. A plain
     * matrix, a scaled one, and anything with a product, an index or a reduction in it are no such function.
     */
    private Term entryWiseOfDeclaredSquare(Term t, int depth) {
        if (depth > 4) {
            return null;
        }
        if (t instanceof Term.ValueRef v && v.definition().params().isEmpty() && v.definition().indices().isEmpty()) {
            return entryWiseOfDeclaredSquare(v.definition().body(), depth + 1);
        }
        if (t instanceof Term.Arith sum && (sum.op() == Term.ArithOp.ADD || sum.op() == Term.ArithOp.SUB)) {
            // (\overline{\Lambda} - I): a matrix function plus or minus another matrix is still one
            Term found = entryWiseOfDeclaredSquare(sum.left(), depth + 1);
            return found != null ? found : entryWiseOfDeclaredSquare(sum.right(), depth + 1);
        }
        boolean top = t instanceof Term.BuiltinCall b && b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.UNARY
                && b.args().size() == 1 || t instanceof Term.Arith a && a.op() == Term.ArithOp.DIV
                && dev.eqc.compiler.term.TermTrees.preorder(a.right()).stream().anyMatch(u -> squareInput(u) != null);
        if (!top) {
            return null;
        }
        Term found = null;
        for (Term u : dev.eqc.compiler.term.TermTrees.preorder(t)) {
            if (u instanceof Term.InputRef in) {
                Term square = squareInput(u);
                if (square != null) {
                    found = square;
                } else if (in.input().dims() != null && !in.input().dims().isEmpty()) {
                    return null;   // another tensor beside it: broadcasting, not a function of the matrix
                }
            } else if (!(u instanceof Term.BuiltinCall b && b.builtin().kind() == dev.eqc.compiler.builtin.Builtin.Kind.UNARY
                    || u instanceof Term.Arith || u instanceof Term.Product || u instanceof Term.Literal
                    || u instanceof Term.Negate
                    || u instanceof Term.ConstRef || u instanceof Term.DimValue
                    || u instanceof Term.Power pw && dev.eqc.compiler.term.TermTrees.preorder(pw.exponent()).stream()
                            .noneMatch(e -> e instanceof Term.InputRef))) {
                return null;
            }
        }
        return found;
    }

    /** {@code t} itself when it is a declared input of two equal axes, else null. */
    private static Term squareInput(Term t) {
        if (!(t instanceof Term.InputRef in) || !in.input().declared() || in.input().dims() == null
                || in.input().dims().size() != 2) {
            return null;
        }
        return in.input().dims().get(0).equals(in.input().dims().get(1)) ? t : null;
    }
}
