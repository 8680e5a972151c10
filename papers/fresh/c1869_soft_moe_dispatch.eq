% Puigcerver et al. (ICLR 2024), Soft MoE, Eq. 1 (dispatch weights: softmax over the columns, i.e. over tokens i),
% pasted from the printing; X in R^{m x d} tokens, \Phi in R^{d x (n p)} slot parameters (prose)
X \in \mathbb{R}^{m \times d}, \Phi \in \mathbb{R}^{d \times s}

\mathbf{D}_{ij} = \frac{\exp((\mathbf{X}\Phi)_{ij})}{\sum_{i'=1}^{m} \exp((\mathbf{X}\Phi)_{i'j})}
\tilde{\mathbf{X}} = \mathbf{D}^\top \mathbf{X}
