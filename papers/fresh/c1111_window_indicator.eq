% Mistral 7B (Jiang et al. 2023) sliding-window attention, written with the window's chained bounds
% on the key position (as c968) and read through a declared W; scores S of n queries and keys
S \in \mathbb{R}^{n \times n}, W = 2

M_{ij} = \begin{cases} 0, & \text{if } i - W < j \leq i \\ -\infty, & \text{otherwise} \end{cases}
A = \mathrm{softmax}(S + M)
