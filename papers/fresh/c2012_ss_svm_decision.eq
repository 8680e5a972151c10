% Scholkopf & Smola (2002), Sec. 7.4 Eq. 7.25: the SVM decision function, from memory of the printing; the kernel
% values k(x, x_i) at the new point given as a vector over the m training points (declared)
\boldsymbol{\alpha}, \mathbf{y}, k(\mathbf{x}, \mathbf{x}_i) \in \mathbb{R}^{m}, b \in \mathbb{R}

f(\mathbf{x}) = \operatorname{sgn}\left(\sum_{i=1}^{m} y_i \alpha_i k(\mathbf{x}, \mathbf{x}_i) + b\right)
