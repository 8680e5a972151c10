% Conservative DPO (cDPO), Mitchell (2023), "A note on DPO with noisy preferences and relationship to IPO", the loss
% with label-flip rate \epsilon, from memory of the printing; the implicit rewards of the two answers given (prose)
\hat{r}_\theta(x, y_w), \hat{r}_\theta(x, y_l), \epsilon \in \mathbb{R}

\mathcal{L}^{\epsilon}_{\text{DPO}}(\theta, y_w, y_l) = -(1 - \epsilon) \log \sigma\left( \hat{r}_\theta(x, y_w) - \hat{r}_\theta(x, y_l) \right) - \epsilon \log\left( 1 - \sigma\left( \hat{r}_\theta(x, y_w) - \hat{r}_\theta(x, y_l) \right) \right)
