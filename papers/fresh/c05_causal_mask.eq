% Causal (masked) self-attention, Vaswani et al. (2017) §3.2.3: illegal connections set to -\infty
Q, K \in \mathbb{R}^{n \times d_k}, V \in \mathbb{R}^{n \times d_v}

M_{ij} = \begin{cases} 0 & \text{if } j \le i \\ -\infty & \text{otherwise} \end{cases}
A = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}} + M\right)V
