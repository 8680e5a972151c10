% Gradient Centralization, Yong et al. (2020), Eq. 4-5: the projected gradient of a weight matrix with
% M input features (columns of the gradient are the w_i)
\nabla_W \mathcal{L} \in \mathbb{R}^{M \times N}

e = \frac{1}{\sqrt{M}}\mathbf{1}
P = I - ee^T
\Phi_{GC}(\nabla_W \mathcal{L}) = P\nabla_W \mathcal{L}
