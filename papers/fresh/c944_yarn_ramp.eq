% YaRN (Peng et al., 2023), Sec. 3.2 "NTK-by-parts": the ramp function gamma of the ratio r = L / lambda between
% the context length and each dimension's wavelength, and the interpolated frequency h(theta_d)
\theta \in \mathbb{R}^{D}, L \in \mathbb{R}, s \in \mathbb{R}, \alpha = 1, \beta = 32

\lambda_d = \frac{2\pi}{\theta_d}
r_d = \frac{L}{\lambda_d}
\gamma(r) = \begin{cases} 0, & \text{if } r < \alpha \\ 1, & \text{if } r > \beta \\ \frac{r - \alpha}{\beta - \alpha}, & \text{otherwise} \end{cases}
h(\theta_d) = \left(1 - \gamma(r_d)\right)\frac{\theta_d}{s} + \gamma(r_d)\theta_d
