% MiniMax-M1 (2025), CISPO objective (Eqs. 4-5, from memory): token-level REINFORCE with the importance weight
% clipped and stopped, \mathrm{sg} read as the identity on values; normalised by the total token count; the
% ratio r_{i,t} and per-token log-probabilities given as G x T tables, lengths |o_i| (as the undeclared o) given as the undeclared o (W0101)
r_{i,t}(\theta), \log \pi_\theta(o_{i,t} | q, o_{i,<t}) \in \mathbb{R}^{G \times T}, \hat{A}_{i,t} \in \mathbb{R}^{G \times T}, \epsilon^{IS}_{low}, \epsilon^{IS}_{high} \in \mathbb{R}

\hat{r}_{i,t}(\theta) = \mathrm{clip}\left( r_{i,t}(\theta), 1 - \epsilon^{IS}_{low}, 1 + \epsilon^{IS}_{high} \right)
\mathcal{J}_{CISPO}(\theta) = \frac{1}{\sum_{i=1}^{G} |o_i|} \sum_{i=1}^{G} \sum_{t=1}^{|o_i|} \mathbf{sg}(\hat{r}_{i,t}(\theta)) \hat{A}_{i,t} \log \pi_\theta(o_{i,t} | q, o_{i,<t})
