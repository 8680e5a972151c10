% Stable Diffusion 3, Esser et al. (2024), Eq. 21 (CosMap): the timestep for uniform samples u
u \in \mathbb{R}^{n}

t = f(u) = 1 - \frac{1}{\tan(\frac{\pi}{2}u) + 1}
