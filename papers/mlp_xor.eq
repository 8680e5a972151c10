% Deep Learning, Goodfellow, Bengio & Courville (2016), Eq. 6.3: the XOR network, one ReLU hidden layer
% (sizes generalized from 2 to d inputs and h hidden units)
\boldsymbol{x} \in \mathbb{R}^{d}, \boldsymbol{W} \in \mathbb{R}^{d \times h}, \boldsymbol{c}, \boldsymbol{w} \in \mathbb{R}^{h}, b \in \mathbb{R}

f(\boldsymbol{x}; \boldsymbol{W}, \boldsymbol{c}, \boldsymbol{w}, b) = \boldsymbol{w}^\top \max\{0, \boldsymbol{W}^\top \boldsymbol{x} + \boldsymbol{c}\} + b
