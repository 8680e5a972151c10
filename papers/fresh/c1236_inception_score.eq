% Inception score, Salimans et al. (2016), Sec. 4: N generated images with class posteriors p(y|x) over K
% classes and their marginal p(y) (given, the mean of the posteriors)
p(y|\mathbf{x}) \in \mathbb{R}^{N \times K}, p(y) \in \mathbb{R}^{K}

\exp(\mathbb{E}_{\mathbf{x}} \mathrm{KL}(p(y|\mathbf{x}) || p(y)))
