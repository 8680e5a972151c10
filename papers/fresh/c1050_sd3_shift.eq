% Stable Diffusion 3, Esser et al. (2024), Eq. 23: timesteps t_n for resolution n shifted to resolution m
t_n \in \mathbb{R}^{k}, m, n \in \mathbb{R}

t_m = \frac{\sqrt{\frac{m}{n}} t_n}{1 + (\sqrt{\frac{m}{n}} - 1) t_n}
