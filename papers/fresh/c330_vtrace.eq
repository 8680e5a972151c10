% IMPALA V-trace target, Espeholt et al. (2018), Eq. 1, for a trajectory of n steps (prose: c_i, rho_t clipped ratios)
V, c, \delta \in \mathbb{R}^{n+1}, \gamma \in \mathbb{R}, s \in \mathbb{N}

v_s = V(x_s) + \sum_{t=s}^{s+n-1} \gamma^{t-s} \left(\prod_{i=s}^{t-1} c_i\right) \delta_t V
