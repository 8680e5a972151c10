% DPM-Solver++, Lu et al. (2022), Algorithm 2 (multistep second order), lines 5-8 for one step i, the data
% predictions at the two previous points given
\tilde{x}_{t_{i-1}}, x_\theta(\tilde{x}_{t_{i-1}}, t_{i-1}), x_\theta(\tilde{x}_{t_{i-2}}, t_{i-2}) \in \mathbb{R}^{D}, \lambda_{t_i}, \lambda_{t_{i-1}}, h_{i-1}, \sigma_{t_i}, \sigma_{t_{i-1}}, \alpha_{t_i} \in \mathbb{R}

h_i \leftarrow \lambda_{t_i} - \lambda_{t_{i-1}}
r_i \leftarrow \frac{h_{i-1}}{h_i}
D_i \leftarrow \left(1 + \frac{1}{2r_i}\right) x_\theta(\tilde{x}_{t_{i-1}}, t_{i-1}) - \frac{1}{2r_i} x_\theta(\tilde{x}_{t_{i-2}}, t_{i-2})
\tilde{x}_{t_i} \leftarrow \frac{\sigma_{t_i}}{\sigma_{t_{i-1}}} \tilde{x}_{t_{i-1}} - \alpha_{t_i}\left(e^{-h_i} - 1\right) D_i
