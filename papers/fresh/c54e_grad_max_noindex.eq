% Minimal, no index: \max(0, x) element-wise then summed with \mathrm{sum}
x \in \mathbb{R}^{n}

v = \mathrm{sum}(\max(0, x))
g = \nabla_x v
