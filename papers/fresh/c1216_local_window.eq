% Beltagy et al. 2020, "Longformer", Sec. 3.1: sliding-window attention of one-sided width w, written as a mask
Q, K \in \mathbb{R}^{n \times d}, V \in \mathbb{R}^{n \times d_v}, w \in \mathbb{N}

M_{ij} = \begin{cases} 0 & \text{if } |i - j| \le w \\ -\infty & \text{otherwise} \end{cases}
\mathrm{Attn} = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d}} + M\right) V
