% Bernoulli decoder log-likelihood, Kingma & Welling (2014), Appendix C.1, as printed:
% \log p(\mathbf{x}|\mathbf{z}) = \sum_{i=1}^{D} x_i \log y_i + (1 - x_i) \cdot \log(1 - y_i)
x, y \in \mathbb{R}^{D}

\ell = \sum_{i=1}^{D} x_i \log y_i + (1 - x_i) \cdot \log(1 - y_i)
