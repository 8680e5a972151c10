% Goodfellow, Bengio & Courville, Deep Learning (2016), Eq. 7.5 (the L2-regularised gradient step) as printed;
% the gradient of the unregularised objective given
\boldsymbol{w}, \nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y}) \in \mathbb{R}^{d}, \epsilon, \alpha \in \mathbb{R}

\boldsymbol{w} \leftarrow (1 - \epsilon\alpha) \boldsymbol{w} - \epsilon \nabla_{\boldsymbol{w}} J(\boldsymbol{w}; \boldsymbol{X}, \boldsymbol{y})
