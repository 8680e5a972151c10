% The Gram matrix of a sequence of T steps: T is also the sequence length, so eqc says how it
% reads X^T.
X \in \mathbb{R}^{T \times d}
G = X^T X
% ~WARNING W0102
