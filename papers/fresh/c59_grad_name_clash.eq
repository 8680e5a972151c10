p, g \in \mathbb{R}^{N}

TI = \frac{\sum_{i} p_i g_i}{\sum_{i} p_i}
\mathcal{L} = 1 - TI
g = \nabla_{p} \mathcal{L}
