% A lower limit that is another index: the terms from t on, a reverse cumulative sum.
x \in \mathbb{R}^{n}
s_t = \sum_{k \ge t} x_k
% ~WARNING W0171
