% DP-SGD, Abadi et al. (2016), Algorithm 1, the "Clip gradient" line as printed (from memory of the printing): the
% per-example gradients g_t(x_i) of the L examples of the lot, one row each (prose), and the clipping norm C
\mathbf{g}_t(x) \in \mathbb{R}^{L \times p}, C \in \mathbb{R}

\bar{\mathbf{g}}_t(x_i) \leftarrow \mathbf{g}_t(x_i) / \max\left(1, \frac{\|\mathbf{g}_t(x_i)\|_2}{C}\right)
