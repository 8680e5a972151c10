% SGC (Wu et al., 2019): S^K with K = 2 propagation steps. The matrix power is meant; eqc does not guess
% between it and each entry's power.
S \in \mathbb{R}^{n \times n}, K = 2
Y = S^K
% ~ERROR E0150
