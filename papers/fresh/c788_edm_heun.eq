% Elucidating the Design Space of Diffusion-Based Generative Models, Karras et al. (2022), Algorithm 1,
% lines 4-5 and 7-8 (one Heun step); the denoiser is the exact one for unit-variance Gaussian data (helper)
x_i \in \mathbb{R}^{d}, t_i, t_{i+1} \in \mathbb{R}

D_\theta(x; \sigma) = \frac{x}{1 + \sigma^2}
d_i \leftarrow (x_i - D_\theta(x_i; t_i)) / t_i
x_{i+1} \leftarrow x_i + (t_{i+1} - t_i) d_i
d'_i \leftarrow (x_{i+1} - D_\theta(x_{i+1}; t_{i+1})) / t_{i+1}
x_{i+1} \leftarrow x_i + (t_{i+1} - t_i)\left(\frac{1}{2} d_i + \frac{1}{2} d'_i\right)
