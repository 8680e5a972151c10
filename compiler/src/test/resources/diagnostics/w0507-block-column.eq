% NeuMF's output layer: the GMF and MLP vectors of different lengths one after another
p, q \in \mathbb{R}^{k}, m \in \mathbb{R}^{l}, h \in \mathbb{R}^{k+l}

\phi = p \odot q
y = h^T \begin{bmatrix} \phi \\ m \end{bmatrix}
% ~WARNING W0507
