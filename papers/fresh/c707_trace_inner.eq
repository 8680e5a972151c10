% The Frobenius inner product written as a trace, <A, B>_F = tr(A^T B) (e.g. Matrix Cookbook)
A, B \in \mathbb{R}^{m \times n}

\langle A, B \rangle_F = \mathrm{tr}(A^\top B)
