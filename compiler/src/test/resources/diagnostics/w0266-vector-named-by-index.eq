% Koren, Bell & Volinsky (2009), Eq. 3: item and user biases declared under the names of their elements.
\mu \in \mathbb{R}, b_i \in \mathbb{R}^{I}, b_u \in \mathbb{R}^{U}, Q \in \mathbb{R}^{I \times f}, P \in \mathbb{R}^{U \times f}
\hat{r}_{iu} = \mu + b_i + b_u + q_i^T p_u
% ~WARNING W0266
% ~WARNING W0266
% ~WARNING W0102
% ~WARNING W0102
