% Wikipedia, "Stochastic gradient descent" (AdaGrad), the per-parameter form as printed: g_tau the gradients of the
% t iterations so far (the rows of g), w the parameters (prose). Printing as remembered (not fetched).
g \in \mathbb{R}^{t \times n}, w \in \mathbb{R}^{n}, \eta \in \mathbb{R}

G_{j,j} = \sum_{\tau=1}^t g_{\tau,j}^2
w_j := w_j - \frac{\eta}{\sqrt{G_{j,j}}} g_j
