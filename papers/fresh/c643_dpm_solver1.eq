% DPM-Solver-1, Lu et al. (2022), Eq. 3.7 with h_i = lambda_{t_i} - lambda_{t_{i-1}}: one step; the noise
% prediction at the previous point is given
\tilde{x}_{t_{i-1}}, \epsilon_\theta(\tilde{x}_{t_{i-1}}, t_{i-1}) \in \mathbb{R}^{D}, \alpha_{t_i}, \alpha_{t_{i-1}}, \sigma_{t_i}, \lambda_{t_i}, \lambda_{t_{i-1}} \in \mathbb{R}

h_i = \lambda_{t_i} - \lambda_{t_{i-1}}
\tilde{x}_{t_i} = \frac{\alpha_{t_i}}{\alpha_{t_{i-1}}}\tilde{x}_{t_{i-1}} - \sigma_{t_i}(e^{h_i} - 1)\epsilon_\theta(\tilde{x}_{t_{i-1}}, t_{i-1})
