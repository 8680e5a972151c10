% PyTorch documentation, torch.nn.Softshrink, as printed there
\lambda \in \mathbb{R}

\text{SoftShrinkage}(x) = \begin{cases} x - \lambda, & \text{ if } x > \lambda \\ x + \lambda, & \text{ if } x < -\lambda \\ 0, & \text{ otherwise } \end{cases}
