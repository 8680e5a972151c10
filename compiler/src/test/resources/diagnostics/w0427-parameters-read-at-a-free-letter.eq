% PyTorch documentation, torch.nn.TripletMarginLoss: a, p, n the N anchors, positives and negatives, rows of D
a, p, n \in \mathbb{R}^{N \times D}, \mu \in \mathbb{R}
L(a, p, n) = \max \{\|a_i - p_i\|_2 - \|a_i - n_i\|_2 + \mu, 0\}
% ~WARNING W0427
