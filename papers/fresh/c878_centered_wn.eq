% Centered weight normalization, Huang et al. (2017), Eq. 3: the weight vector of a neuron re-parameterised
% by a d-dimensional v, centred and scaled to unit norm; 1 the vector of ones (prose)
\mathbf{v} \in \mathbb{R}^{d}

\mathbf{w} = \frac{\mathbf{v} - \frac{1}{d}\mathbf{1}\mathbf{1}^T\mathbf{v}}{\|\mathbf{v} - \frac{1}{d}\mathbf{1}\mathbf{1}^T\mathbf{v}\|}
