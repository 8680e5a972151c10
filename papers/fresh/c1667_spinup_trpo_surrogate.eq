% OpenAI Spinning Up, TRPO page, the surrogate advantage, pasted from docs/algorithms/trpo.rst, whose \underE{x}{y} is
% the site's macro for the expectation of y under x: the two policies' probabilities of the taken actions and the
% advantages given per sampled (s, a) pair (prose: "using data from the old policy")
\pi_{\theta}(a|s), \pi_{\theta_k}(a|s), A^{\pi_{\theta_k}}(s,a) \in \mathbb{R}^{N}

{\mathcal L}(\theta_k, \theta) = \underE{s,a \sim \pi_{\theta_k}}{\frac{\pi_{\theta}(a|s)}{\pi_{\theta_k}(a|s)} A^{\pi_{\theta_k}}(s,a)},
