% TabNet, Arik & Pfister (2021), Sec. 3, the sparsity regularisation as printed (from memory of the printing): the
% average entropy of the masks M_{b,j}[i] of the B samples, D features and N_steps decision steps (given, prose)
M \in \mathbb{R}^{N_{steps} \times B \times D}, \epsilon \in \mathbb{R}

L_{sparse} = \sum_{i=1}^{N_{steps}} \sum_{b=1}^{B} \sum_{j=1}^{D} \frac{-\mathbf{M}_{\mathbf{b},\mathbf{j}}[\mathbf{i}] \log(\mathbf{M}_{\mathbf{b},\mathbf{j}}[\mathbf{i}] + \epsilon)}{N_{steps} \cdot B}
