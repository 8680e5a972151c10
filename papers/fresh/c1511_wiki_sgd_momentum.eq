% Wikipedia, "Stochastic gradient descent" (Momentum) as printed: the update Delta w and the parameters w (n entries),
% \nabla Q_i(w) the gradient of the i-th summand given (prose). Printing as remembered (not fetched).
w, \Delta w, \nabla Q_i(w) \in \mathbb{R}^{n}, \alpha, \eta \in \mathbb{R}

\Delta w := \alpha \Delta w - \eta \nabla Q_i(w)
w := w + \Delta w
