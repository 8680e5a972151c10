% Sliding-window causal attention (Beltagy et al. 2020; Mistral 7B, Jiang et al. 2023): each position attends to the W
% positions up to itself.
Q, K \in \mathbb{R}^{n \times d}, W \in \mathbb{N}

M_{ij} = \begin{cases} 0 & \text{if } i - W < j \le i \\ -\infty & \text{otherwise} \end{cases}
A = \mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d}} + M\right)
