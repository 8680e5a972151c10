% PyTorch documentation, torch.nn.BCEWithLogitsLoss, the unreduced loss as printed (no pos_weight); x the
% logits, y the targets in [0, 1], w the rescaling weight, N elements
x, y, w \in \mathbb{R}^{N}

\ell(x, y) = L = \{l_1,\dots,l_N\}^\top, \quad l_n = - w_n \left[ y_n \cdot \log \sigma(x_n) + (1 - y_n) \cdot \log (1 - \sigma(x_n)) \right]
