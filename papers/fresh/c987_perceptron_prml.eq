% Perceptron learning rule, Bishop PRML (2006), Eq. 4.55 (right form) for a misclassified pattern n
\mathbf{w}^{(\tau)}, \boldsymbol{\phi}_n \in \mathbb{R}^{M}, \eta, t_n \in \mathbb{R}

\mathbf{w}^{(\tau+1)} = \mathbf{w}^{(\tau)} + \eta \boldsymbol{\phi}_n t_n
