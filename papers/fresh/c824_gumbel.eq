% Gumbel-Softmax (Jang et al. 2017), eq. (2): class probabilities pi, Gumbel samples g, temperature tau
\pi, g \in \mathbb{R}^{k}, \tau \in \mathbb{R}

y_i = \frac{\exp((\log(\pi_i) + g_i)/\tau)}{\sum_{j=1}^{k} \exp((\log(\pi_j) + g_j)/\tau)} \qquad \text{for } i = 1, ..., k.
