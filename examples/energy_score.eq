% Energy score for out-of-distribution detection (Liu et al., 2020, Eq. 5):
% E(x; f) = -T · log Σ_i e^{f_i(x)/T} over the K logits f(x), at temperature T
f \in \mathbb{R}^{K}, T \in \mathbb{R}

E(f) = -T \cdot \mathrm{logsumexp}(f / T)
