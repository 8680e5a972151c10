% REINFORCE++, Hu (2025), Sec. 3: the token-level KL penalty KL(t) between the old RL policy and the SFT model
% folded into the return of one response of T tokens with reward r(x, y); the per-token probabilities given (prose)
\pi^{RL}_{\theta_{old}}(a_t|s_t), \pi^{SFT}(a_t|s_t) \in \mathbb{R}^{T}, r(x, y), \beta \in \mathbb{R}

\mathrm{KL}(t) = \log\left(\frac{\pi^{RL}_{\theta_{old}}(a_t|s_t)}{\pi^{SFT}(a_t|s_t)}\right)
A_t(s_t, a_t) = r(x, y) - \beta \cdot \sum_{i=t}^{T} \mathrm{KL}(i)
