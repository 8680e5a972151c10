% Pattern Recognition and Machine Learning, Bishop (2006), Eq. 4.87 and 4.90: logistic regression's
% outputs and cross-entropy error (\boldsymbol{\phi}_n is row n of the feature matrix, declared as
% \boldsymbol{\phi}); the last line asks for its gradient (PRML Eq. 4.91 gives it in closed form).
\boldsymbol{\phi} \in \mathbb{R}^{N \times M}, \mathbf{w} \in \mathbb{R}^{M}, \mathbf{t} \in \mathbb{R}^{N}

y_n = \sigma(\mathbf{w}^{\mathrm{T}}\boldsymbol{\phi}_n)
E(\mathbf{w}) = -\sum_{n=1}^{N}\left\{t_n \ln y_n + (1 - t_n)\ln(1 - y_n)\right\}
\mathbf{g} = \nabla_{\mathbf{w}} E(\mathbf{w})
