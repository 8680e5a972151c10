% PyTorch documentation, torch.nn.Softplus, as printed there
\beta \in \mathbb{R}

\text{Softplus}(x) = \frac{1}{\beta} * \log(1 + \exp(\beta * x))
