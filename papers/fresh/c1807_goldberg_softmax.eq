% Goldberg (2017), Sec. 2.6 (softmax), from memory of the printing; bracket indexing \mathbf{x}_{[i]}; k classes (prose)
\mathbf{x} \in \mathbb{R}^{k}

\text{softmax}(\mathbf{x})_{[i]} = \frac{e^{\mathbf{x}_{[i]}}}{\sum_{j=1}^{k} e^{\mathbf{x}_{[j]}}}
