% SimCLR's loss of the pair (i, j) as Lilian Weng's survey prints it
\mathbf{z} \in \mathbb{R}^{N \times d}, \tau \in \mathbb{R}

\mathcal{L}^{(i,j)} = - \log\frac{\exp(\mathbf{z}_i^\top \mathbf{z}_j / \tau)}{\sum_{k} \exp(\mathbf{z}_i^\top \mathbf{z}_k / \tau)}
% ~WARNING W0439
