% A declared input redefined as a gradient: the loss reads the new g, which needs the loss (fresh c59)
p, g \in \mathbb{R}^{N}

TI = \frac{\sum_{i} p_i g_i}{\sum_{i} p_i}
\mathcal{L} = 1 - TI
% ~ERROR E0105
g = \nabla_{p} \mathcal{L}
