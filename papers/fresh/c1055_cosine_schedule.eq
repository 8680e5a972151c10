% Improved DDPM, Nichol & Dhariwal (2021), Eq. 17: the cosine schedule's alpha-bar at step t of T, offset s
t, T \in \mathbb{R}, s = 0.008

\bar{\alpha}_t = \frac{f(t)}{f(0)}, \quad f(t) = \cos\left(\frac{t/T + s}{1 + s} \cdot \frac{\pi}{2}\right)^2
