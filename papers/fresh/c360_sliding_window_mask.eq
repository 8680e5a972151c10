% Longformer-style sliding window (Beltagy et al. 2020, Sec. 3.1) as an additive mask with window w
w, n \in \mathbb{N}

M_{ij} = \begin{cases} 0 & \text{if } |i - j| \le w \\ -\infty & \text{otherwise} \end{cases} \quad i, j = 1, \dots, n
