% Raschka's softmax: sigma names the function the chain defines, the fraction says what it is
\mathbf{z} \in \mathbb{R}^{M}
p(z) = \sigma(z) = \frac{e^{z}}{\sum_{j=1}^{M} e^{z_j}}
% ~WARNING W0482
