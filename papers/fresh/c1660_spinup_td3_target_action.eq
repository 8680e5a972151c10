% OpenAI Spinning Up, TD3 page, Key Equations (target policy smoothing), pasted from docs/algorithms/td3.rst: the
% target policy's action, the noise draw and the action bounds given per action dimension (prose: "clipped noise
% added on each dimension of the action"), c the noise clip
\mu_{\theta_{\text{targ}}}(s'), \epsilon, a_{Low}, a_{High} \in \mathbb{R}^{n}, c \in \mathbb{R}

a'(s') = \text{clip}\left(\mu_{\theta_{\text{targ}}}(s') + \text{clip}(\epsilon,-c,c), a_{Low}, a_{High}\right), \;\;\;\;\; \epsilon \sim \mathcal{N}(0, \sigma)
