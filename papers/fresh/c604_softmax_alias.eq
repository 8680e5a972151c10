% Softmax regression as textbooks print it: the prediction is also called p (a name used nowhere else)
\mathbf{W} \in \mathbb{R}^{K \times d}, \mathbf{x} \in \mathbb{R}^{d}, \mathbf{b} \in \mathbb{R}^{K}

\hat{\mathbf{y}} = \mathbf{p} = \mathrm{softmax}(\mathbf{W}\mathbf{x} + \mathbf{b})
