% Shalev-Shwartz & Ben-David, Understanding Machine Learning, Sec. 15.2 (Soft-SVM), the hinge loss on S, as printed
% (from memory of the printing): S = ((x_1, y_1), ..., (x_m, y_m)), x_i in R^d, y_i in {+-1} (prose)
\mathbf{x}_i \in \mathbb{R}^{d}, y_i \in \{\pm 1\}, i = 1, \ldots, m, \mathbf{w} \in \mathbb{R}^{d}, b \in \mathbb{R}

L_S^{\rm hinge}((\mathbf{w},b)) = \frac{1}{m}\sum_{i=1}^{m}\max\{0, 1 - y_i(\langle \mathbf{w},\mathbf{x}_i\rangle + b)\}
