% PyTorch documentation, torch.nn.SmoothL1Loss, the unreduced loss as printed (beta in plain letters); x, y of
% N elements
x, y \in \mathbb{R}^{N}, beta \in \mathbb{R}

l_n = \begin{cases} 0.5 (x_n - y_n)^2 / beta, & \text{if } |x_n - y_n| < beta \\ |x_n - y_n| - 0.5 * beta, & \text{otherwise } \end{cases}
