% Koren, Bell & Volinsky (2009), Eq. 3: predicted rating with global mean, item bias b_i, user bias b_u and the
% factor vectors q_i, p_u (rows of Q and P), for every user u and item i
\mu \in \mathbb{R}, b_i \in \mathbb{R}^{I}, b_u \in \mathbb{R}^{U}, Q \in \mathbb{R}^{I \times f}, P \in \mathbb{R}^{U \times f}

\hat{r}_{ui} = \mu + b_i + b_u + q_i^T p_u
