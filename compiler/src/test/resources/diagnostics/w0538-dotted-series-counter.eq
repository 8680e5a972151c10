% Mamba-2's semiseparable mask: the product a_j x ... x a_{i+1} counts down from j, empty on the diagonal
a \in \mathbb{R}^{T}

L_{ji} = \begin{cases} a_j \times \cdots \times a_{i+1} & j \ge i \\ 0 & j < i \end{cases}
% ~WARNING W0140
% ~WARNING W0140
% ~WARNING W0538
% ~WARNING W0171
% ~WARNING W0415
% ~WARNING W0415
