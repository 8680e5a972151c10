% Shampoo, Gupta et al. (2018), Algorithm 1 line 5: the preconditioned matrix step (L, R positive definite)
W_t, G_t \in \mathbb{R}^{m \times n}, L_t \in \mathbb{R}^{m \times m}, R_t \in \mathbb{R}^{n \times n}, \eta \in \mathbb{R}

W_{t+1} = W_t - \eta L_t^{-1/4} G_t R_t^{-1/4}
