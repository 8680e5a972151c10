% Softened probabilities (Hinton et al., 2015, Eq. 1) with the range of i and the temperature given after the line
z \in \mathbb{R}^{K}

q_i = \frac{\exp(z_i / T)}{\sum_j \exp(z_j / T)} \quad \text{for } i = 1, \dots, K, \text{ where } T = 4
