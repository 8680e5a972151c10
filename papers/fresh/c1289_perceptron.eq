% Bishop, PRML (2006), Eq. 4.55: one perceptron step on a misclassified pattern n
\mathbf{w}^{(\tau)} \in \mathbb{R}^{M}, \boldsymbol{\phi}_n \in \mathbb{R}^{M}, t_n \in \mathbb{R}, \eta \in \mathbb{R}

\mathbf{w}^{(\tau+1)} = \mathbf{w}^{(\tau)} - \eta\nabla E_P(\mathbf{w}) = \mathbf{w}^{(\tau)} + \eta\boldsymbol{\phi}_n t_n
