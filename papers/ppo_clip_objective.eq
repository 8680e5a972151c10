% PPO, Schulman et al. (2017), Eq. 7: the clipped surrogate objective, with the probability ratio
% r_t(\theta) = \pi_\theta(a_t | s_t) / \pi_{\theta_{old}}(a_t | s_t) a function the file does not define:
% its values over the steps t are an input vector (`--input 'r_t(\theta)=r.npy'`), \hat{A}_t the advantages.
% First as the paper prints it, then as labml.ai prints it (the expectation over the sampled a_t, s_t).
\epsilon \in \mathbb{R}
L^{CLIP}(\theta) = \hat{\mathbb{E}}_t\left[\min(r_t(\theta) \hat{A}_t, \mathrm{clip}(r_t(\theta), 1 - \epsilon, 1 + \epsilon) \hat{A}_t)\right]
\mathcal{L}^{CLIP}(\theta) = \mathbb{E}_{a_t, s_t \sim \pi_{\theta_{OLD}}} \biggl[ \min \Bigl(r_t(\theta) \hat{A}_t, clip \bigl( r_t(\theta), 1 - \epsilon, 1 + \epsilon \bigr) \hat{A}_t \Bigr) \biggr]
