% Mamba-2, Dao & Gu (2024), Sec. 3: with scalar state matrices A_t = a_t I the SSM is y = M x with
% M = L \circ (C B^T), L the 1-semiseparable mask a_{j:i}^x = a_j x ... x a_{i+1} for j >= i; T steps, state
% size N, one channel x \in R^T (prose)
a, x \in \mathbb{R}^{T}, B, C \in \mathbb{R}^{T \times N}

L_{ji} = \begin{cases} a_j \times \cdots \times a_{i+1} & j \ge i \\ 0 & j < i \end{cases}
M = L \circ (C B^\top)
y = M x
