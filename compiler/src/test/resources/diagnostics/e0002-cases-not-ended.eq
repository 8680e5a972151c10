% ReLU written with cases, without \end{cases}.
x \in \mathbb{R}^{d}
\mathrm{ReLU}(x) = \begin{cases} x & \text{if } x > 0 \\ 0 & \text{otherwise}
% ~ERROR E0002
y = \mathrm{ReLU}(x)
