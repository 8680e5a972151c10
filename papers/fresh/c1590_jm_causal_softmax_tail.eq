% Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), Ch. 9/10 (Transformers), the simplified causal
% self-attention with the softmax form of the weights and its tail, as printed (from memory of the printing, not
% fetched): x_1..x_N in R^d the rows of x (prose); each output a_i attends to x_1..x_i.
\mathbf{x} \in \mathbb{R}^{N \times d}

\text{score}(\mathbf{x}_i, \mathbf{x}_j) = \mathbf{x}_i \cdot \mathbf{x}_j
\alpha_{ij} = \text{softmax}(\text{score}(\mathbf{x}_i, \mathbf{x}_j)) \quad \forall j \leq i
\mathbf{a}_i = \sum_{j \leq i} \alpha_{ij} \mathbf{x}_j
