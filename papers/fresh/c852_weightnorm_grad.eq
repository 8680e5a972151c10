% Weight normalization, Salimans & Kingma (2016), Eq. 3: the gradients in g and v from the gradient in w
% (given: \nabla_{\mathbf{w}} L, a k-vector like w; prose)
\nabla_{\mathbf{w}} L, \mathbf{v} \in \mathbb{R}^{k}, g \in \mathbb{R}

\nabla_g L = \frac{\nabla_{\mathbf{w}} L \cdot \mathbf{v}}{||\mathbf{v}||}, \qquad \nabla_{\mathbf{v}} L = \frac{g}{||\mathbf{v}||}\nabla_{\mathbf{w}} L - \frac{g\nabla_g L}{||\mathbf{v}||^2}\mathbf{v}
