% IPO, Azar et al. (AISTATS 2024, "A General Theoretical Paradigm ..."), Eq. 17 / Algorithm 1 (from memory): the
% empirical IPO loss over a dataset of N pairs, written with the subscripted samples y_w^i, y_l^i and x^i; the
% sequence probabilities given as N-vectors (prose)
\pi(y_w | x), \pi(y_l | x), \pi_{\text{ref}}(y_w | x), \pi_{\text{ref}}(y_l | x) \in \mathbb{R}^{N}, \tau \in \mathbb{R}

h_\pi(y_w, y_l, x) = \log \left( \frac{\pi(y_w | x) \pi_{\text{ref}}(y_l | x)}{\pi(y_l | x) \pi_{\text{ref}}(y_w | x)} \right)
\mathcal{L}_{IPO}(\pi) = \frac{1}{N} \sum_{i=1}^{N} \left( h_\pi(y_w^i, y_l^i, x^i) - \frac{\tau^{-1}}{2} \right)^2
