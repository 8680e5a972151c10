% Goldberg, Neural Network Methods for Natural Language Processing (2017), Eq. 4.2 (MLP1), from memory of the printing:
% row vectors (x W), layer numbers as superscripts; shapes from the prose under the equation; g "a non-linear
% activation", written here as the book's ReLU (Sec. 4.3; my addition)
\mathbf{x} \in \mathbb{R}^{d_{in}}, \mathbf{W}^1 \in \mathbb{R}^{d_{in} \times d_1}, \mathbf{b}^1 \in \mathbb{R}^{d_1}, \mathbf{W}^2 \in \mathbb{R}^{d_1 \times d_2}, \mathbf{b}^2 \in \mathbb{R}^{d_2}

g(x) = \max(0, x)
NN_{MLP1}(\mathbf{x}) = g(\mathbf{x}\mathbf{W}^1 + \mathbf{b}^1)\mathbf{W}^2 + \mathbf{b}^2
