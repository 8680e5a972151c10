% HMM forward variable, induction step, Rabiner (1989), Eq. 20; a the N x N transition matrix, b_j(O_{t+1})
% the emission probabilities of the next observation, one per state (prose)
\alpha_t \in \mathbb{R}^{N}, a \in \mathbb{R}^{N \times N}, b_j(O_{t+1}) \in \mathbb{R}^{N}

\alpha_{t+1}(j) = \left[ \sum_{i=1}^{N} \alpha_t(i) a_{ij} \right] b_j(O_{t+1}), \quad 1 \le j \le N
