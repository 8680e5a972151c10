% NeRF, Mildenhall et al. (2020), Sec. 4 (the camera ray r(t) = o + t d), as printed; t the N sample distances
% along the ray (declaration added), so r holds one 3-D point per sample
\mathbf{o}, \mathbf{d} \in \mathbb{R}^{3}, t \in \mathbb{R}^{N}

\mathbf{r}(t) = \mathbf{o} + t\mathbf{d}
