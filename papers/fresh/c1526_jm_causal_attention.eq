% Jurafsky & Martin, Speech and Language Processing (3rd ed. draft), Ch. 10 (Transformers), Eqs. 10.4-10.6 as
% printed (of 10.5's chain, softmax(score(x_i, x_j)) \forall j \leq i = exp(…)/sum, only the second form): the simplified causal self-attention over the N input vectors x_i in R^d (the rows of x, prose); each
% output a_i attends to x_1..x_i. Printing as remembered (not fetched).
\mathbf{x} \in \mathbb{R}^{N \times d}

\text{score}(\mathbf{x}_i, \mathbf{x}_j) = \mathbf{x}_i \cdot \mathbf{x}_j
\alpha_{ij} = \frac{\exp(\text{score}(\mathbf{x}_i, \mathbf{x}_j))}{\sum_{k=1}^{i} \exp(\text{score}(\mathbf{x}_i, \mathbf{x}_k))} \quad \forall j \leq i
\mathbf{a}_i = \sum_{j \leq i} \alpha_{ij} \mathbf{x}_j
