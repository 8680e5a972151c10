% Focal loss, Lin et al. (2017), Eq. 2 (p_t) and Eq. 5 (the alpha-balanced focal loss); \alpha_t is
% "defined analogously to how we defined p_t" (§3.1), written out as a helper. p is the model's
% probability for the class y = 1, y \in \{\pm 1\}.
p, y \in \mathbb{R}^{N}, \alpha, \gamma \in \mathbb{R}

p_t = \begin{cases} p & \text{if } y = 1 \\ 1 - p & \text{otherwise,} \end{cases}
\alpha_t = \begin{cases} \alpha & \text{if } y = 1 \\ 1 - \alpha & \text{otherwise} \end{cases}
\mathrm{FL}(p_t) = -\alpha_t (1 - p_t)^\gamma \log(p_t)
