% Goodfellow, Bengio & Courville, Deep Learning, Eqs. 7.2 and 7.5 (L2 parameter regularisation: the regularised
% objective of linear regression and the weight update), as printed; J the mean squared error
\boldsymbol{X} \in \mathbb{R}^{m \times n}, \boldsymbol{y} \in \mathbb{R}^{m}, \boldsymbol{w} \in \mathbb{R}^{n}, \alpha \in \mathbb{R}, \epsilon \in \mathbb{R}

J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = \frac{1}{m} \| \boldsymbol{X} \boldsymbol{w} - \boldsymbol{y} \|_2^2
\tilde{J}(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) = \frac{\alpha}{2} \boldsymbol{w}^\top \boldsymbol{w} + J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y})
\boldsymbol{w} \leftarrow (1 - \epsilon \alpha) \boldsymbol{w} - \epsilon \nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y})
