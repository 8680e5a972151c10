% Tversky index with p_{1i} = 1 - p_{0i}, g_{1i} = 1 - g_{0i} written out
p, g \in \mathbb{R}^{N}, \alpha, \beta \in \mathbb{R}

TI = \frac{\sum_{i} p_i g_i}{\sum_{i} p_i g_i + \alpha \sum_{i} p_i (1 - g_i) + \beta \sum_{i} (1 - p_i) g_i}
\mathcal{L} = 1 - TI
