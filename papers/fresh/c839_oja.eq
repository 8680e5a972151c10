% Oja's learning rule (Oja 1982): a neuron y = w^T x learning the first principal component
\mathbf{w}, \mathbf{x} \in \mathbb{R}^{d}, \eta \in \mathbb{R}

y = \mathbf{w}^\top \mathbf{x}
\Delta \mathbf{w} = \eta \, y (\mathbf{x} - y \mathbf{w})
