% PyTorch documentation, torch.nn.CELU (Barron 2017), as printed there
\alpha \in \mathbb{R}

\text{CELU}(x) = \max(0,x) + \min(0, \alpha * (\exp(x/\alpha) - 1))
