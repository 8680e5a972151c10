% Pattern Recognition and Machine Learning, Bishop (2006), Eq. 4.91: the gradient of the logistic
% regression error, as printed, in closed form (y_n = \sigma(w^T \phi_n), Eq. 4.87)
\boldsymbol{\phi} \in \mathbb{R}^{N \times M}, \mathbf{w} \in \mathbb{R}^{M}, \mathbf{t} \in \mathbb{R}^{N}

y_n = \sigma(\mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}_n)
\nabla E(\mathbf{w}) = \sum_{n=1}^{N}(y_n - t_n)\boldsymbol{\phi}_n
