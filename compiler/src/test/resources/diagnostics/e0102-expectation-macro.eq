% The \E macro many papers define for the expectation: write \mathbb{E}[x].
x \in \mathbb{R}^{n \times d}
\mu = \E[x]
% ~ERROR E0102
