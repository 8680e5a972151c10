% OpenAI Spinning Up, TD3: target policy smoothing over a batch of B next states with m-dimensional actions; the
% target actor's actions and the noise given (prose)
\mu_{\theta_{\text{targ}}}(s'), \epsilon \in \mathbb{R}^{B \times m}, c, a_{Low}, a_{High} \in \mathbb{R}

a'(s') = \text{clip}\left(\mu_{\theta_{\text{targ}}}(s') + \text{clip}(\epsilon,-c,c), a_{Low}, a_{High}\right), \;\;\;\;\; \epsilon \sim \mathcal{N}(0, \sigma)
