% Supervised contrastive loss, Khosla et al. (2020), Eq. 2: |P(i)| the number of positives of anchor i.
P \in \{0,1\}^{M \times M}, s \in \mathbb{R}^{M \times M}
L_i = \frac{-1}{|P(i)|} \sum_{p \in P(i)} s_{ip} \quad i = 1, \dots, M
% ~WARNING W0285
