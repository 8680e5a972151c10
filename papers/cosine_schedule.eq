% Improved denoising diffusion probabilistic models, Nichol & Dhariwal (2021), Eq. 17: the cosine
% noise schedule with offset s = 0.008; t is the step, T the number of steps
t, T \in \mathbb{N}, s = 0.008

\bar{\alpha}_t = \frac{f(t)}{f(0)}, \quad f(t) = \cos\left(\frac{t/T + s}{1 + s} \cdot \frac{\pi}{2}\right)^2
