% PyTorch documentation, torch.nn.CosineEmbeddingLoss, as printed, for one pair of vectors x_1, x_2 of D
% elements and a label y that is 1 or -1
x_1, x_2 \in \mathbb{R}^{D}, y \in \{-1, 1\}, \text{margin} \in \mathbb{R}

\text{loss}(x, y) = \begin{cases} 1 - \cos(x_1, x_2), & \text{if } y = 1 \\ \max(0, \cos(x_1, x_2) - \text{margin}), & \text{if } y = -1 \end{cases}
