% deeplearning.ai (Ng), "Building your Deep Neural Network: Step by Step", Eq. (9), as printed (from memory of the
% notebook): dZ^[l] (n^[l], m), its i-th column dZ^[l](i) the i-th example's
dZ^{[l]} \in \mathbb{R}^{n^{[l]} \times m}

db^{[l]} = \frac{\partial \mathcal{J} }{\partial b^{[l]}} = \frac{1}{m} \sum_{i = 1}^{m} dZ^{[l](i)}
