% Batch Normalizing Transform, Ioffe & Szegedy (2015), Algorithm 1: one activation x over a
% mini-batch \mathcal{B} = \{x_{1 \ldots m}\}; \gamma, \beta are the learned scalars.
x \in \mathbb{R}^{m}, \gamma, \beta \in \mathbb{R}, \epsilon = 10^{-5}

\mu_{\mathcal{B}} \leftarrow \frac{1}{m}\sum_{i=1}^{m} x_i
\sigma_{\mathcal{B}}^2 \leftarrow \frac{1}{m}\sum_{i=1}^{m} (x_i - \mu_{\mathcal{B}})^2
\widehat{x}_i \leftarrow \frac{x_i - \mu_{\mathcal{B}}}{\sqrt{\sigma_{\mathcal{B}}^2 + \epsilon}}
y_i \leftarrow \gamma \widehat{x}_i + \beta \equiv \mathrm{BN}_{\gamma, \beta}(x_i)
