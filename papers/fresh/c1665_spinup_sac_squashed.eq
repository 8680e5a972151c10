% OpenAI Spinning Up, SAC page, the squashed Gaussian policy's reparameterised sample, pasted from
% docs/algorithms/sac.rst: mean, standard deviation and noise per action dimension (prose)
\mu_{\theta}(s), \sigma_{\theta}(s), \xi \in \mathbb{R}^{n}

\tilde{a}_{\theta}(s, \xi) = \tanh\left( \mu_{\theta}(s) + \sigma_{\theta}(s) \odot \xi \right), \;\;\;\;\; \xi \sim \mathcal{N}(0, I).
