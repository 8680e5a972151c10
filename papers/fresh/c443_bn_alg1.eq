% Batch Normalization, Ioffe & Szegedy (2015), Algorithm 1 as printed: the mini-batch B = {x_1, ..., x_m}
% of d-dimensional activations (prose), gamma, beta per dimension
x \in \mathbb{R}^{m \times d}, \gamma, \beta \in \mathbb{R}^{d}, \epsilon = 10^{-5}

\mu_\mathcal{B} \leftarrow \frac{1}{m} \sum_{i=1}^{m} x_i
\sigma_\mathcal{B}^2 \leftarrow \frac{1}{m} \sum_{i=1}^{m} (x_i - \mu_\mathcal{B})^2
\hat{x}_i \leftarrow \frac{x_i - \mu_\mathcal{B}}{\sqrt{\sigma_\mathcal{B}^2 + \epsilon}}
y_i \leftarrow \gamma \hat{x}_i + \beta \equiv \mathrm{BN}_{\gamma,\beta}(x_i)
