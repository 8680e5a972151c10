% Sliding-window attention (Mistral 7B, Jiang et al., 2023; Longformer): query i sees keys j with i - W < j <= i,
% the mask added to the scores before the softmax
S \in \mathbb{R}^{n \times n}, W = 3

M_{ij} = \begin{cases} 0, & \text{if } i - W < j \leq i \\ -\infty, & \text{otherwise} \end{cases}
A = \mathrm{softmax}(S + M)
