% Categorical reparameterization with Gumbel-softmax, Jang, Gu & Poole (2017), Eq. 2: g_i are i.i.d.
% Gumbel(0, 1) samples (given), \pi the class probabilities, \tau the temperature
\pi, g \in \mathbb{R}^{k}, \tau \in \mathbb{R}

y_i = \frac{\exp((\log(\pi_i) + g_i)/\tau)}{\sum_{j=1}^{k} \exp((\log(\pi_j) + g_j)/\tau)} \qquad \text{for } i = 1, \ldots, k.
