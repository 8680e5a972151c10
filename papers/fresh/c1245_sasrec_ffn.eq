% SASRec, Kang & McAuley (2018), Eq. 4: the point-wise feed-forward network applied to each of the n rows S_i of
% the self-attention output, W^(1), W^(2) \in R^{d x d} and b^(1), b^(2) d-dimensional vectors (prose)
\mathbf{S} \in \mathbb{R}^{n \times d}, \mathbf{W}^{(1)}, \mathbf{W}^{(2)} \in \mathbb{R}^{d \times d}, \mathbf{b}^{(1)}, \mathbf{b}^{(2)} \in \mathbb{R}^{d}

\mathbf{F}_i = \mathrm{FFN}(\mathbf{S}_i) = \mathrm{ReLU}(\mathbf{S}_i \mathbf{W}^{(1)} + \mathbf{b}^{(1)}) \mathbf{W}^{(2)} + \mathbf{b}^{(2)}
