% VeRA, Kopiczko et al. (ICLR 2024), Eq. 2, pasted from memory of the printing; the scaling vectors b and d as the
% diagonal matrices \Lambda_b, \Lambda_d (prose, written here as two lines); shapes from the prose
W_0 \in \mathbb{R}^{m \times n}, B \in \mathbb{R}^{m \times r}, A \in \mathbb{R}^{r \times n}, b \in \mathbb{R}^{m}, d \in \mathbb{R}^{r}, x \in \mathbb{R}^{n}

\Lambda_b = \operatorname{diag}(b)
\Lambda_d = \operatorname{diag}(d)
h = W_0 x + \Delta W x = W_0 x + \Lambda_b B \Lambda_d A x
