% Grokfast, Lee et al. (2024), Algorithm 2 (Grokfast-EMA), lines 4-5: the EMA of the gradients and the
% amplified gradient, g(t) given
\mu, g(t) \in \mathbb{R}^{d}, \alpha, \lambda \in \mathbb{R}

\mu \leftarrow \alpha \mu + (1 - \alpha) g(t)
\hat{g}(t) \leftarrow g(t) + \lambda \mu
