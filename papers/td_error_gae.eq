% High-dimensional continuous control using generalized advantage estimation, Schulman et al.
% (2016), §3: the TD residual of V with discount \gamma; V is a linear critic (helper), s_t the
% state features.
s_t, s_{t+1}, \mathbf{w} \in \mathbb{R}^{d}, r_t, \gamma \in \mathbb{R}

V(s) = \mathbf{w}^\top s
\delta_t^V = r_t + \gamma V(s_{t+1}) - V(s_t)
