% word2vec's CBOW hidden layer averages the C context rows, written out with dots
\mathbf{W} \in \mathbb{R}^{V \times N}, \mathbf{x} \in \mathbb{R}^{C \times V}

\mathbf{h} = \frac{1}{C}\mathbf{W}^T(\mathbf{x}_1 + \mathbf{x}_2 + \cdots + \mathbf{x}_C)
% ~WARNING W0424
