% Dive into Deep Learning's positional encoding: the matrix P is declared, its elements p_{i,2j} defined
\mathbf{P} \in \mathbb{R}^{n \times d}
% ~WARNING W0426

p_{i, 2j} = \sin\left(\frac{i}{10000^{2j/d}}\right)
p_{i, 2j+1} = \cos\left(\frac{i}{10000^{2j/d}}\right)
