% Stanford CS336 (2025), Assignment 1 Sec. 4.5: gradient clipping to maximum l2 norm M, scaling by M/(||g||_2 + eps)
% when the norm exceeds M, from memory of the handout's prose written as cases; g in R^p (prose)
g \in \mathbb{R}^{p}, M, \epsilon \in \mathbb{R}

\tilde{g} = \begin{cases} g \cdot \frac{M}{\|g\|_2 + \epsilon} & \text{if } \|g\|_2 > M \\ g & \text{otherwise} \end{cases}
