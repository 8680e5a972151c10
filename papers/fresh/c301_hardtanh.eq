% PyTorch documentation, torch.nn.Hardtanh (min_val = -1, max_val = 1), as printed there
\text{HardTanh}(x) = \begin{cases} 1 & \text{ if } x > 1 \\ -1 & \text{ if } x < -1 \\ x & \text{ otherwise } \\ \end{cases}
