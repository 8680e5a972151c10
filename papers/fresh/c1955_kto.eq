% KTO, Ethayarajh et al. (ICML 2024), Eq. 8 for a desirable example: the implied reward, the reference point z_0
% (given) and the value, from memory of the printing; \pi_\theta(y|x), \pi_{ref}(y|x) numbers
\beta, \lambda_D, z_0 \in \mathbb{R}

r_\theta(x, y) = \log \frac{\pi_\theta(y|x)}{\pi_{ref}(y|x)}
v(x, y) = \lambda_D \sigma(\beta (r_\theta(x, y) - z_0))
L_{KTO} = \lambda_D - v(x, y)
