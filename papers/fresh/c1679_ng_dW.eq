% deeplearning.ai (Ng), "Building your Deep Neural Network: Step by Step", Eq. (8), linear backward, as printed (from
% memory of the notebook): dZ^[l] (n^[l], m) given, A^[l-1] (n^[l-1], m) cached from the forward pass
dZ^{[l]} \in \mathbb{R}^{n^{[l]} \times m}, A^{[l-1]} \in \mathbb{R}^{n^{[l-1]} \times m}

dW^{[l]} = \frac{\partial \mathcal{J} }{\partial W^{[l]}} = \frac{1}{m} dZ^{[l]} A^{[l-1] T}
