% deeplearning.ai's notation: the layer label, then the i-th example, a column of dZ^{[l]}
dZ^{[l]} \in \mathbb{R}^{n^{[l]} \times m}
db^{[l]} = \frac{1}{m} \sum_{i = 1}^{m} dZ^{[l](i)}
% ~WARNING W0478
