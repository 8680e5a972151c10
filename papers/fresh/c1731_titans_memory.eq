% Titans, Behrouz et al. (2024), Eqs. 12-14 (the memory update with momentum and forgetting), from memory of the
% printing; linear memory M (a d x d matrix), k_t, v_t \in R^d, scalars \alpha_t, \eta_t, \theta_t (prose)
\mathcal{M}_{t-1}, S_{t-1} \in \mathbb{R}^{d \times d}, \mathbf{k}_t, \mathbf{v}_t \in \mathbb{R}^{d}, \alpha_t, \eta_t, \theta_t \in \mathbb{R}

\mathcal{M}_t = (1 - \alpha_t) \mathcal{M}_{t-1} + S_t
S_t = \eta_t S_{t-1} - \theta_t \nabla \ell(\mathcal{M}_{t-1}; x_t)
\ell(\mathcal{M}_{t-1}; x_t) = \| \mathcal{M}_{t-1}(\mathbf{k}_t) - \mathbf{v}_t \|_2^2
