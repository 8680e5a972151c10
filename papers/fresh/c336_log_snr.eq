% Variational diffusion models, Kingma et al. (2021), Eq. 3/10: log-SNR of the noise schedule
\alpha_t, \sigma_t \in \mathbb{R}^{T}

\lambda_t = \log\left(\frac{\alpha_t^2}{\sigma_t^2}\right)
