% Goodfellow, Bengio & Courville, Deep Learning (2016), Algorithm 8.5 (RMSProp), the loop body as printed; g
% the gradient computed on the minibatch, epsilon the global learning rate, delta the small constant
\boldsymbol{g}, \boldsymbol{r}, \boldsymbol{\theta} \in \mathbb{R}^{d}, \rho, \epsilon, \delta \in \mathbb{R}

\boldsymbol{r} \leftarrow \rho \boldsymbol{r} + (1-\rho) \boldsymbol{g} \odot \boldsymbol{g}
\Delta \boldsymbol{\theta} = - \frac{\epsilon}{\sqrt{\delta + \boldsymbol{r}}} \odot \boldsymbol{g}
\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \Delta \boldsymbol{\theta}
