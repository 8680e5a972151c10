% Rong 2014, "word2vec Parameter Learning Explained", Eq. 17: the CBOW hidden layer averages the input vectors of the C context words
\mathbf{W} \in \mathbb{R}^{V \times N}, \mathbf{x} \in \mathbb{R}^{C \times V}

\mathbf{h} = \frac{1}{C}\mathbf{W}^T(\mathbf{x}_1 + \mathbf{x}_2 + \cdots + \mathbf{x}_C)
