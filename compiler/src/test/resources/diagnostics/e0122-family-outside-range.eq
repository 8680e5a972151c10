% Multi-head attention concatenating heads numbered from 0: the family i = 1, …, h has no head_0.
W_i^V \in \mathbb{R}^{d_{model} \times d_v}, i = 1, \ldots, h, V \in \mathbb{R}^{m \times d_{model}}
\mathrm{head}_i = VW_i^V
o = \mathrm{Concat}(\mathrm{head}_0, \ldots, \mathrm{head}_h)
% ~ERROR E0122
