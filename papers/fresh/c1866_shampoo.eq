% Gupta et al. (ICML 2018) / Anil et al. (2020), Shampoo update (Alg. 1), pasted from the printing
W_t, G_t \in \mathbb{R}^{m \times n}, \eta \in \mathbb{R}
L_{t-1} \in \mathbb{R}^{m \times m}, R_{t-1} \in \mathbb{R}^{n \times n}

L_t = L_{t-1} + G_t G_t^T
R_t = R_{t-1} + G_t^T G_t
W_{t+1} = W_t - \eta L_t^{-1/4} G_t R_t^{-1/4}
