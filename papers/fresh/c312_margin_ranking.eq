% PyTorch documentation, torch.nn.MarginRankingLoss, as printed there (reduction='none')
x1, x2, y \in \mathbb{R}^{N}, \text{margin} \in \mathbb{R}

\text{loss}(x1, x2, y) = \max(0, -y * (x1 - x2) + \text{margin})
