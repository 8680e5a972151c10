% Wikipedia, "Softmax function" (Definition), the base-e form with the inverse temperature beta as printed; z the
% K real inputs, beta a real constant (prose). Printing as remembered (not fetched).
\mathbf{z} \in \mathbb{R}^{K}, \beta \in \mathbb{R}

\sigma(\mathbf{z})_i = \frac{e^{\beta z_i}}{\sum_{j=1}^K e^{\beta z_j}}
