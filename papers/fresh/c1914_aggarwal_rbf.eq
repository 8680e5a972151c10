% Aggarwal (2018), Sec. 5.2 (radial basis function networks), the activation of hidden unit i, Eq. 5.1, from memory of
% the printing: prototype vectors \overline{\mu_i}, bandwidths sigma_i; m hidden units, d inputs from the prose
\overline{X} \in \mathbb{R}^{d}, \overline{\mu} \in \mathbb{R}^{m \times d}, \sigma \in \mathbb{R}^{m}

h_i = \Phi_i(\overline{X}) = \exp\left(-\frac{\|\overline{X} - \overline{\mu_i}\|^2}{2 \cdot \sigma_i^2}\right) \quad \forall i \in \{1, \ldots, m\}
