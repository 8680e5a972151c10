% a recurrence whose step letter indexes a matrix's second axis: not a whole step of a sequence
u \in \mathbb{R}^{L}, W \in \mathbb{R}^{N \times L}
x_k = 0.5 x_{k-1} + \sum_i W_{ik} u_k
% ~ERROR E0346
