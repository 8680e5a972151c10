% CISPO, MiniMax-M1 technical report (2025), Eqs. 4-5: the clipped importance-sampling weight (stop-gradient)
% times the advantage and the token log-probability, normalised by the total token count, from memory of the
% printing; one group of G responses padded to T tokens, all of length T; the value of the objective
r_{i,t}(\theta), \hat{A}_{i,t} \in \mathbb{R}^{G \times T}, \pi_\theta(o_{i,t} \mid q, o_{i,<t}) \in \mathbb{R}^{G \times T}, \epsilon^{IS}_{low}, \epsilon^{IS}_{high} \in \mathbb{R}

\hat{r}_{i,t}(\theta) = \mathrm{clip}\left( r_{i,t}(\theta), 1 - \epsilon^{IS}_{low}, 1 + \epsilon^{IS}_{high} \right)
\mathcal{J}_\text{CISPO}(\theta) = \frac{1}{\sum_{i=1}^{G} T} \sum_{i=1}^{G} \sum_{t=1}^{T} \mathrm{sg}(\hat{r}_{i,t}(\theta)) \hat{A}_{i,t} \log \pi_\theta(o_{i,t} \mid q, o_{i,<t})
