% Logistic regression's gradient (Bishop, PRML eq. 4.91): Phi the design matrix, t the targets, y = sigma(Phi w)
\Phi \in \mathbb{R}^{N \times M}, \mathbf{t} \in \mathbb{R}^{N}, \mathbf{w} \in \mathbb{R}^{M}

\mathbf{y} = \sigma(\Phi \mathbf{w})
\nabla E(\mathbf{w}) = \sum_{n=1}^{N} (y_n - t_n) \boldsymbol{\phi}_n
