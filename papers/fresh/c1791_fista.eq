% Beck & Teboulle (SIAM J. Imaging Sci. 2009), "A Fast Iterative Shrinkage-Thresholding Algorithm", FISTA step
% (4.2)-(4.3), written from memory of the printing; x_k, x_{k-1} \in R^n (prose)
\mathbf{x}_k, \mathbf{x}_{k-1} \in \mathbb{R}^{n}

t_{k+1} = \frac{1 + \sqrt{1 + 4 t_k^2}}{2}
\mathbf{y}_{k+1} = \mathbf{x}_k + \left( \frac{t_k - 1}{t_{k+1}} \right) (\mathbf{x}_k - \mathbf{x}_{k-1})
