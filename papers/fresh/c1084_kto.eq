% KTO, Ethayarajh et al. (2024), Eq. 8 over a batch of B examples: the implied reward, the value and the loss;
% z_0 the (detached) reference KL estimate; which examples are desirable is given as the 0/1 vector d and the
% case conditions "y ~ y_desirable | x" are written with it (our change; the rest as printed)
\pi_\theta(y|x), \pi_{\text{ref}}(y|x) \in \mathbb{R}^{B}, d \in \{0,1\}^{B}, z_0, \beta, \lambda_D, \lambda_U \in \mathbb{R}

r_\theta(x, y) = \log \frac{\pi_\theta(y|x)}{\pi_{\text{ref}}(y|x)}
v(x, y) = \begin{cases} \lambda_D \sigma(\beta(r_\theta(x, y) - z_0)) & \text{if } d = 1 \\ \lambda_U \sigma(\beta(z_0 - r_\theta(x, y))) & \text{if } d = 0 \end{cases}
\lambda_y = \begin{cases} \lambda_D & \text{if } d = 1 \\ \lambda_U & \text{if } d = 0 \end{cases}
L_{\text{KTO}}(\pi_\theta, \pi_{\text{ref}}) = \mathbb{E}_{x, y \sim D}[\lambda_y - v(x, y)]
