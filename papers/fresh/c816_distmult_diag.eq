% DistMult (Yang et al. 2015), eq. (3): y_1^T M_r y_2 with M_r = diag(r)
\mathbf{y}_{e_1}, \mathbf{y}_{e_2}, \mathbf{r} \in \mathbb{R}^{d}

g = \mathbf{y}_{e_1}^T \mathrm{diag}(\mathbf{r}) \mathbf{y}_{e_2}
