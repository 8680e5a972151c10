% Batch Renormalization, Ioffe (2017), Algorithm 1 (training, one activation x over a mini-batch of m);
% mu, sigma the moving averages, r_max, d_max the clipping limits (declarations added from the prose)
x \in \mathbb{R}^{m}, \mu, \sigma, r_{\max}, d_{\max}, \gamma, \beta, \epsilon \in \mathbb{R}

\mu_\mathcal{B} \leftarrow \frac{1}{m}\sum_{i=1}^{m} x_i
\sigma_\mathcal{B} \leftarrow \sqrt{\epsilon + \frac{1}{m}\sum_{i=1}^{m}(x_i - \mu_\mathcal{B})^2}
r \leftarrow \text{stop\_gradient}\left(\text{clip}_{[1/r_{\max}, r_{\max}]}\left(\frac{\sigma_\mathcal{B}}{\sigma}\right)\right)
d \leftarrow \text{stop\_gradient}\left(\text{clip}_{[-d_{\max}, d_{\max}]}\left(\frac{\mu_\mathcal{B} - \mu}{\sigma}\right)\right)
\hat{x}_i \leftarrow \frac{x_i - \mu_\mathcal{B}}{\sigma_\mathcal{B}} \cdot r + d
y_i \leftarrow \gamma \hat{x}_i + \beta
