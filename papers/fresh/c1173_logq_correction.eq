% Sampling-bias-corrected in-batch softmax, Yi et al. (2019), Eqs. 3-4: s(x_i, y_j) the scores of query i against the
% B in-batch items, p_j the sampling probability of item j
s(x_i, y_j) \in \mathbb{R}^{B \times B}, p \in \mathbb{R}^{B}

s^c(x_i, y_j) = s(x_i, y_j) - \log(p_j)
\mathcal{P}_B(y_i|x_i; \theta) = \frac{e^{s^c(x_i, y_i)}}{e^{s^c(x_i, y_i)} + \sum_{j \in [B], j \neq i} e^{s^c(x_i, y_j)}}
