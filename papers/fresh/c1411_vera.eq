% VeRA, Kopiczko et al. (2024), Eq. 2: frozen random B, A shared across layers, scaled by the trainable
% vectors b and d, "formally represented as diagonal matrices \Lambda_b and \Lambda_d" (prose)
W_0 \in \mathbb{R}^{m \times n}, B \in \mathbb{R}^{m \times r}, A \in \mathbb{R}^{r \times n}, b \in \mathbb{R}^{m}, d \in \mathbb{R}^{r}, x \in \mathbb{R}^{n}

\Lambda_b = \mathrm{diag}(b)
\Lambda_d = \mathrm{diag}(d)
h = W_0 x + \Delta W x = W_0 x + \Lambda_b B \Lambda_d A x
