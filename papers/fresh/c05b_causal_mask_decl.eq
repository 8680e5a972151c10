% Causal mask as in c05, with the mask's shape declared
Q, K \in \mathbb{R}^{n \times d_k}, V \in \mathbb{R}^{n \times d_v}, M \in \mathbb{R}^{n \times n}

M_{ij} = \begin{cases} 0 & \text{if } j \le i \\ -\infty & \text{otherwise} \end{cases}
A = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}} + M\right)V
