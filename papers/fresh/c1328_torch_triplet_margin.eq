% PyTorch documentation, torch.nn.TripletMarginLoss, as printed with its distance (p = 2 here; the eps the
% implementation adds inside the norm left out); a, p, n the N anchors, positives and negatives, rows of D
a, p, n \in \mathbb{R}^{N \times D}, {\rm margin} \in \mathbb{R}

L(a, p, n) = \max \{d(a_i, p_i) - d(a_i, n_i) + {\rm margin}, 0\}
d(x_i, y_i) = \left\lVert {\bf x}_i - {\bf y}_i \right\rVert_2
