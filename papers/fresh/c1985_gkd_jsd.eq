% On-Policy Distillation of Language Models: Learning from Self-Generated Mistakes (GKD), Agarwal et al. (ICLR 2024),
% Eq. 3 (from memory): the generalized Jensen-Shannon divergence between teacher P and student Q token
% distributions over a vocabulary of V tokens (declared from the prose)
P, Q \in \mathbb{R}^{V}, \beta \in \mathbb{R}

D_{JSD(\beta)}(P \| Q) = \beta D_{KL}\left(P \,\Big\|\, \beta P + (1 - \beta) Q\right) + (1 - \beta) D_{KL}\left(Q \,\Big\|\, \beta P + (1 - \beta) Q\right)
