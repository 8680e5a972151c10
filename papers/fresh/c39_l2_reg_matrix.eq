% Linear regression with weight decay on a weight matrix (Goodfellow et al. 2016, Eq. 7.2 with
% \Omega(\theta) = \frac{1}{2}\|w\|_2^2; multi-output, W a matrix): J = MSE + \frac{\lambda}{2}\|W\|^2
X \in \mathbb{R}^{N \times d}, Y \in \mathbb{R}^{N \times k}, W \in \mathbb{R}^{d \times k}, \lambda \in \mathbb{R}

J_1 = \frac{1}{N}\|XW - Y\|_F^2 + \frac{\lambda}{2}\|W\|_F^2
J_2 = \frac{1}{N}\|XW - Y\|^2 + \frac{\lambda}{2}\|W\|^2
J_3 = \frac{1}{N}\|XW - Y\|_2^2 + \frac{\lambda}{2}\|W\|_2^2
