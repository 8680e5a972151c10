% Goodfellow, Bengio & Courville, Deep Learning, Eq. 4.12 (Newton's method step), as printed; the Hessian and the
% gradient at x^{(0)} given
\boldsymbol{x}^{(0)} \in \mathbb{R}^{n}, \boldsymbol{H}(f)(\boldsymbol{x}^{(0)}) \in \mathbb{R}^{n \times n}, \nabla_{\boldsymbol{x}} f(\boldsymbol{x}^{(0)}) \in \mathbb{R}^{n}

\boldsymbol{x}^* = \boldsymbol{x}^{(0)} - \boldsymbol{H}(f)(\boldsymbol{x}^{(0)})^{-1} \nabla_{\boldsymbol{x}} f(\boldsymbol{x}^{(0)})
