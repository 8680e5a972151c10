% Elucidating the design space of diffusion models (EDM), Karras et al. (2022), Eq. 5: the
% time-step discretisation
\sigma_{i<N} = \left(\sigma_{max}^{\frac{1}{\rho}} + \frac{i}{N-1}\left(\sigma_{min}^{\frac{1}{\rho}} - \sigma_{max}^{\frac{1}{\rho}}\right)\right)^\rho \quad \text{and} \quad \sigma_N = 0
