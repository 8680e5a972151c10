% PyTorch documentation, torch.nn.HuberLoss, the unreduced loss as printed (delta written in plain letters);
% x, y of N elements
x, y \in \mathbb{R}^{N}, delta \in \mathbb{R}

l_n = \begin{cases} 0.5 (x_n - y_n)^2, & \text{if } |x_n - y_n| < delta \\ delta * (|x_n - y_n| - 0.5 * delta), & \text{otherwise } \end{cases}
