% Fisher's criterion, Bishop PRML (2006), Eqs. 4.25-4.28 written with the class means and the
% between- and within-class scatter matrices S_B, S_W (given)
w \in \mathbb{R}^{D}, \mathbf{S}_B \in \mathbb{R}^{D \times D}, \mathbf{S}_W \in \mathbb{R}^{D \times D}

J(\mathbf{w}) = \frac{\mathbf{w}^T \mathbf{S}_B \mathbf{w}}{\mathbf{w}^T \mathbf{S}_W \mathbf{w}}
