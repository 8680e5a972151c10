% REINFORCE++, Hu (2025), Eqs. 1-2: the token-level KL penalty between the RL policy and the SFT model and the
% advantage at each step t of one response of T tokens; both models' probabilities of the sampled tokens given
\pi^{RL}_{\theta_{old}}(a_t|s_t), \pi^{SFT}(a_t|s_t) \in \mathbb{R}^{T}, r(x, y), \beta \in \mathbb{R}

\text{KL}(t) = \log\left(\frac{\pi^{RL}_{\theta_{old}}(a_t|s_t)}{\pi^{SFT}(a_t|s_t)}\right)
A_t(s_t, a_t) = r(x, y) - \beta \cdot \sum_{i=t}^{T} \text{KL}(i)
