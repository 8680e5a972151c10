% Neural collaborative filtering, He et al. (2017), Eqs. 9 and 12 (NeuMF's output layer), from memory of the
% printing: the GMF vector, concatenated with the MLP's last hidden vector (given), h the output weights
\mathbf{p}_u^G, \mathbf{q}_i^G \in \mathbb{R}^{k}, \phi^{MLP} \in \mathbb{R}^{l}, \mathbf{h} \in \mathbb{R}^{k+l}

\phi^{GMF} = \mathbf{p}_u^G \odot \mathbf{q}_i^G
\hat{y}_{ui} = \sigma\left(\mathbf{h}^T \begin{bmatrix} \phi^{GMF} \\ \phi^{MLP} \end{bmatrix}\right)
