% GaLore, Zhao et al. (2024), Algorithm 2 (Adam with GaLore), the step inside the loop, from memory of the printing;
% P_t the m x r projector, G_t the m x n gradient, M_{t-1}, V_{t-1} the r x n moments (prose), no bias correction
P_t \in \mathbb{R}^{m \times r}, G_t \in \mathbb{R}^{m \times n}, M_{t-1}, V_{t-1} \in \mathbb{R}^{r \times n}, \beta_1, \beta_2, \epsilon, \alpha \in \mathbb{R}

R_t \leftarrow P_t^\top G_t
M_t \leftarrow \beta_1 \cdot M_{t-1} + (1 - \beta_1) \cdot R_t
V_t \leftarrow \beta_2 \cdot V_{t-1} + (1 - \beta_2) \cdot R_t^2
N_t \leftarrow M_t / (\sqrt{V_t} + \epsilon)
\tilde{G}_t \leftarrow \alpha \cdot P_t N_t
