% GRPO, Shao et al. (2024, DeepSeekMath), Eq. 4: the unbiased KL estimator per token; the two policies'
% probabilities of the tokens o_{i,t} of the G outputs of |o| tokens are given (prose)
\pi_{\theta}(o_{i,t}|q, o_{i,<t}), \pi_{ref}(o_{i,t}|q, o_{i,<t}) \in \mathbb{R}^{G \times |o|}

\mathbb{D}_{KL}\left[\pi_{\theta} || \pi_{ref}\right] = \frac{\pi_{ref}(o_{i,t}|q, o_{i,<t})}{\pi_{\theta}(o_{i,t}|q, o_{i,<t})} - \log\frac{\pi_{ref}(o_{i,t}|q, o_{i,<t})}{\pi_{\theta}(o_{i,t}|q, o_{i,<t})} - 1
