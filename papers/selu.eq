% Self-normalizing neural networks, Klambauer et al. (2017), Eq. 2, with the constants \alpha_{01} and
% \lambda_{01} of §3 to full precision
x \in \mathbb{R}^{n}, \alpha = 1.6732632423543772848170429916717, \lambda = 1.0507009873554804934193349852946

\mathrm{selu}(x) = \lambda \begin{cases} x & \text{if } x > 0 \\ \alpha e^x - \alpha & \text{if } x \leqslant 0 \end{cases}
