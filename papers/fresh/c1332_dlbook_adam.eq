% Goodfellow, Bengio & Courville, Deep Learning (2016), Algorithm 8.7 (Adam), the loop body as printed after the
% gradient; t the time step (already incremented), s, r the moment estimates, epsilon the step size
\boldsymbol{g}, \boldsymbol{s}, \boldsymbol{r}, \boldsymbol{\theta} \in \mathbb{R}^{d}, \rho_1, \rho_2, \epsilon, \delta, t \in \mathbb{R}

\boldsymbol{s} \leftarrow \rho_1 \boldsymbol{s} + (1-\rho_1) \boldsymbol{g}
\boldsymbol{r} \leftarrow \rho_2 \boldsymbol{r} + (1-\rho_2) \boldsymbol{g} \odot \boldsymbol{g}
\hat{\boldsymbol{s}} \leftarrow \frac{\boldsymbol{s}}{1-\rho_1^t}
\hat{\boldsymbol{r}} \leftarrow \frac{\boldsymbol{r}}{1-\rho_2^t}
\Delta \boldsymbol{\theta} = - \epsilon \frac{\hat{\boldsymbol{s}}}{\sqrt{\hat{\boldsymbol{r}}} + \delta}
\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \Delta \boldsymbol{\theta}
