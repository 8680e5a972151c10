% Stable Diffusion 3, Esser et al. (2024), Eq. 20: mode sampling with heavy tails, applied to uniform samples u
u \in \mathbb{R}^{n}, s \in \mathbb{R}

f_{\text{mode}}(u; s) = 1 - u - s \cdot \left(\cos^2\left(\frac{\pi}{2} u\right) - 1 + u\right)
