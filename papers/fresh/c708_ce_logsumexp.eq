% Cross-entropy of logits x at the label y written as in many papers: -x_y + \log \sum_j e^{x_j}
x \in \mathbb{R}^{C}, y \in \mathbb{N}

\ell(x, y) = -x_y + \log\sum_{j} e^{x_j}
