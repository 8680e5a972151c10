% Kwon et al. (ICML 2021), "ASAM: Adaptive Sharpness-Aware Minimization", Eq. 7 (element-wise operator) and the
% perturbation of Algorithm 1, written from memory; the gradient \nabla L_S(w_t) written g (prose); w, g \in R^k
w, g \in \mathbb{R}^{k}

T_w = \mathrm{diag}(|w_1|, \ldots, |w_k|)
\epsilon_t = \rho \frac{T_w^2 g}{\| T_w g \|_2}
