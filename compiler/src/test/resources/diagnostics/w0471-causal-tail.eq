% Jurafsky & Martin's causal self-attention: the weights are defined for j \leq i, and normalised over those j
\mathbf{x} \in \mathbb{R}^{N \times d}

\alpha_{ij} = \mathrm{softmax}_j(\mathbf{x}_i^\top \mathbf{x}_j) \quad \forall j \leq i
% ~WARNING W0471
