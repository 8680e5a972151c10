% ReMax, Li et al. (2024), Eq. 6 / Algorithm 1 written as the loss whose gradient it takes: REINFORCE over N
% prompts with the reward of the greedy response \bar{a} as the baseline; responses of T tokens, the
% log-probabilities of the sampled tokens and both rewards given (prose)
\log \pi_\theta(a_t^i | x^i, a_{1:t-1}^i) \in \mathbb{R}^{N \times T}, r(x^i, a_{1:T}^i), r(x^i, \bar{a}_{1:T}^i) \in \mathbb{R}^{N}

\tilde{\mathcal{L}}(\theta) = -\frac{1}{N} \sum_{i=1}^{N} \sum_{t=1}^{T} \log \pi_\theta(a_t^i | x^i, a_{1:t-1}^i) \times \left(r(x^i, a_{1:T}^i) - r(x^i, \bar{a}_{1:T}^i)\right)
