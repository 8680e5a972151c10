% AdaBound (Luo et al. 2019), Algorithm 2: the step size from V_t = diag(v_t), divided entry by entry.
v_t \in \mathbb{R}^{d}, \alpha \in \mathbb{R}
V_t = \mathrm{diag}(v_t)
\hat{\eta}_t = \alpha / \sqrt{V_t}
% ~ERROR E0345
