% The KL divergence of two Gaussians written over their names; the body reads their declared parameters.
\mu_1, \mu_2 \in \mathbb{R}^{d}, \sigma \in \mathbb{R}
D_{KL}(\mathcal{N}_1 \| \mathcal{N}_2) = \frac{1}{2 \sigma^2} \|\mu_1 - \mu_2\|^2
% ~WARNING W0252
% ~WARNING W0252
% ~WARNING W0160
