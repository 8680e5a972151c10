% Categorical reparameterization with Gumbel-softmax, Jang, Gu & Poole (2017), Eq. 2: class probabilities
% pi_1..pi_k, Gumbel(0,1) samples g_1..g_k (given as an input), temperature tau
\pi, g \in \mathbb{R}^{k}, \tau \in \mathbb{R}

y_i = \frac{\exp((\log(\pi_i) + g_i)/\tau)}{\sum_{j=1}^{k} \exp((\log(\pi_j) + g_j)/\tau)} \quad \text{for } i = 1, \dots, k
