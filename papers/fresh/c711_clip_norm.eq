% Pascanu, Mikolov & Bengio (2013), Algorithm 1: rescale the gradient when its norm exceeds the threshold
\hat{g} \in \mathbb{R}^{d}, threshold \in \mathbb{R}

\hat{g} \leftarrow \frac{threshold}{\|\hat{g}\|}\hat{g} \quad \text{if } \|\hat{g}\| \ge threshold
