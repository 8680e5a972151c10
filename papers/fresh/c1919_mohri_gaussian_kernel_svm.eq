% Mohri et al. (2018), Eq. 6.? (Gaussian kernel) and Eq. 6.? (the SVM hypothesis with a kernel), from memory of the
% printing: sgn, the m support vectors x_i as rows, b the offset
\mathbf{x}_s \in \mathbb{R}^{m \times N}, \mathbf{x} \in \mathbb{R}^{N}, \boldsymbol{\alpha}, \mathbf{y} \in \mathbb{R}^{m}, b, \sigma \in \mathbb{R}

K(\mathbf{x}, \mathbf{x}') = \exp\left(-\frac{\|\mathbf{x}' - \mathbf{x}\|^2}{2\sigma^2}\right)
h(\mathbf{x}) = \operatorname{sgn}\left(\sum_{i=1}^{m} \alpha_i y_i K(\mathbf{x}_i, \mathbf{x}) + b\right)
