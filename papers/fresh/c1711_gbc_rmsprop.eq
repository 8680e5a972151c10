% Goodfellow, Bengio & Courville, Deep Learning, Algorithm 8.5 (RMSProp), the two update lines as printed, with the
% gradient g given
\boldsymbol{r} \in \mathbb{R}^{n}, \boldsymbol{g} \in \mathbb{R}^{n}, \boldsymbol{\theta} \in \mathbb{R}^{n}, \rho \in \mathbb{R}, \epsilon \in \mathbb{R}, \delta \in \mathbb{R}

\boldsymbol{r}' = \rho \boldsymbol{r} + (1 - \rho) \boldsymbol{g} \odot \boldsymbol{g}
\Delta \boldsymbol{\theta} = -\frac{\epsilon}{\sqrt{\delta + \boldsymbol{r}'}} \odot \boldsymbol{g}
\boldsymbol{\theta}' = \boldsymbol{\theta} + \Delta \boldsymbol{\theta}
