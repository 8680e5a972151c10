% Shortcut models, Frans et al. (ICLR 2025), Eq. 5: the self-consistency target of a step of size 2d built from two
% steps of size d, from memory of the printing; the network's values s_\theta(x_t, t, d) and s_\theta(x'_{t+d}, t, d)
% at the two points given (declared), x'_{t+d} the point after the first step
\mathbf{x}_t, s_\theta(\mathbf{x}_t, t, d), s_\theta(\mathbf{x}'_{t+d}, t + d, d) \in \mathbb{R}^{D}, d \in \mathbb{R}

\mathbf{x}'_{t+d} = \mathbf{x}_t + s_\theta(\mathbf{x}_t, t, d) d
\mathbf{s}_\text{target} = s_\theta(\mathbf{x}_t, t, d) / 2 + s_\theta(\mathbf{x}'_{t+d}, t + d, d) / 2
