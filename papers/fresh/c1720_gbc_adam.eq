% Goodfellow, Bengio & Courville, Deep Learning, Algorithm 8.7 (Adam), the update lines as printed, with the gradient
% g and the time step t given
\boldsymbol{s} \in \mathbb{R}^{n}, \boldsymbol{r} \in \mathbb{R}^{n}, \boldsymbol{g} \in \mathbb{R}^{n}, \boldsymbol{\theta} \in \mathbb{R}^{n}, \rho_1 \in \mathbb{R}, \rho_2 \in \mathbb{R}, \epsilon \in \mathbb{R}, \delta \in \mathbb{R}, t \in \mathbb{R}

\boldsymbol{s} \leftarrow \rho_1 \boldsymbol{s} + (1 - \rho_1) \boldsymbol{g}
\boldsymbol{r} \leftarrow \rho_2 \boldsymbol{r} + (1 - \rho_2) \boldsymbol{g} \odot \boldsymbol{g}
\hat{\boldsymbol{s}} \leftarrow \frac{\boldsymbol{s}}{1 - \rho_1^t}
\hat{\boldsymbol{r}} \leftarrow \frac{\boldsymbol{r}}{1 - \rho_2^t}
\Delta \boldsymbol{\theta} = -\epsilon \frac{\hat{\boldsymbol{s}}}{\sqrt{\hat{\boldsymbol{r}}} + \delta}
\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \Delta \boldsymbol{\theta}
