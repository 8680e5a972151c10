% Neural collaborative filtering (He et al. 2017), eq. (9): generalized matrix factorization, a_out the sigmoid
\mathbf{p}_u, \mathbf{q}_i, \mathbf{h} \in \mathbb{R}^{K}

\hat{y}_{ui} = a_{out}(\mathbf{h}^T(\mathbf{p}_u \odot \mathbf{q}_i))
