% Wikipedia, "Hinge loss" (Extensions), Crammer and Singer's multiclass hinge loss as printed: w_y the weight vector
% of class y (the K rows of w), x one input in R^d, t the target class (prose). Printing as remembered (not fetched).
\mathbf{w} \in \mathbb{R}^{K \times d}, \mathbf{x} \in \mathbb{R}^{d}, t \in \{1, \ldots, K\}

\ell(y) = \max\left(0, 1 + \max_{y \ne t} \mathbf{w}_y \mathbf{x} - \mathbf{w}_t \mathbf{x}\right)
