% Predict then propagate (PPNP), Klicpera et al. (2019), Eq. 3: personalized-PageRank propagation of the
% predictions H = f_theta(X) of n nodes over the normalised adjacency with self-loops (prose)
\hat{\tilde{A}} \in \mathbb{R}^{n \times n}, H \in \mathbb{R}^{n \times c}, \alpha \in \mathbb{R}

Z_{\text{PPNP}} = \mathrm{softmax}\left(\alpha\left(I_n - (1 - \alpha)\hat{\tilde{A}}\right)^{-1} H\right)
