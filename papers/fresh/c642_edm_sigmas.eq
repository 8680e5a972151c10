% EDM, Karras et al. (2022), Eq. 5: the noise levels of the N sampling steps (the last, 0, left out)
\sigma_{\min}, \sigma_{\max}, \rho \in \mathbb{R}, \sigma \in \mathbb{R}^{N}

\sigma_i = \left(\sigma_{\max}^{\frac{1}{\rho}} + \frac{i}{N-1}\left(\sigma_{\min}^{\frac{1}{\rho}} - \sigma_{\max}^{\frac{1}{\rho}}\right)\right)^{\rho}
