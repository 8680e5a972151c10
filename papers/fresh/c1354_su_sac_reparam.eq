% OpenAI Spinning Up, SAC: the squashed Gaussian policy's reparameterised action for one state, m-dimensional
% actions; the mean, standard deviation and noise given (prose)
\mu_{\theta}(s), \sigma_{\theta}(s), \xi \in \mathbb{R}^{m}

\tilde{a}_{\theta}(s, \xi) = \tanh\left( \mu_{\theta}(s) + \sigma_{\theta}(s) \odot \xi \right), \;\;\;\;\; \xi \sim \mathcal{N}(0, I)
