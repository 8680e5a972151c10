% Goodfellow, Bengio & Courville, Deep Learning, Eq. 6.3 (the network that solves XOR: rectified hidden layer, linear
% output), as printed; g the rectified linear activation (Eq. 6.2's text)
\boldsymbol{x} \in \mathbb{R}^{2}, \boldsymbol{W} \in \mathbb{R}^{2 \times 2}, \boldsymbol{c} \in \mathbb{R}^{2}, \boldsymbol{w} \in \mathbb{R}^{2}, b \in \mathbb{R}

g(z) = \max\{0, z\}
f(\boldsymbol{x}; \boldsymbol{W}, \boldsymbol{c}, \boldsymbol{w}, b) = \boldsymbol{w}^\top \max\{0, \boldsymbol{W}^\top \boldsymbol{x} + \boldsymbol{c}\} + b
