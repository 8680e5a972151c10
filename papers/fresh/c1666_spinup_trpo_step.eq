% OpenAI Spinning Up, TRPO page, the backtracking line-search update, pasted from docs/algorithms/trpo.rst: g the
% policy gradient and H the Hessian of the KL (prose), theta_k the current parameters, alpha in (0,1), j a
% nonnegative integer
g, \theta_k \in \mathbb{R}^{n}, H \in \mathbb{R}^{n \times n}, \alpha, \delta, j \in \mathbb{R}

\theta_{k+1} = \theta_k + \alpha^j \sqrt{\frac{2 \delta}{g^T H^{-1} g}} H^{-1} g,
