% Azar et al. (AISTATS 2024), IPO, Eq. 17 (one pair), written from the printing with the log-ratios as scalars
\tau \in \mathbb{R}

h = \log \frac{\pi(y_w)\pi_{ref}(y_l)}{\pi(y_l)\pi_{ref}(y_w)}
L = \left( h - \frac{1}{2\tau} \right)^2
