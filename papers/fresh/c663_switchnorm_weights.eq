% Differentiable Learning-to-Normalize via Switchable Normalization, Luo et al. (2019), Eq. 3: the
% importance weights of IN, LN and BN from the control parameters lambda (three of them, prose)
\lambda \in \mathbb{R}^{3}

w_k = \frac{e^{\lambda_k}}{\Sigma_{z \in \{\mathrm{in}, \mathrm{ln}, \mathrm{bn}\}} e^{\lambda_z}}, \quad k \in \{\mathrm{in}, \mathrm{ln}, \mathrm{bn}\}
