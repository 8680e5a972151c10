% Blum, Hopcroft & Kannan, Foundations of Data Science (2020), Sec. 3.5: the rank-k truncation of the SVD, from memory
% of the printing; u_i, v_i the left/right singular vectors (columns of U, V) and sigma_i the singular values, A n x d
% (declared from the prose)
\mathbf{u}_i \in \mathbb{R}^{n}, \mathbf{v}_i \in \mathbb{R}^{d}, \sigma \in \mathbb{R}^{r}, k \in \mathbb{N}

A_k = \sum_{i=1}^{k} \sigma_i \mathbf{u_i} \mathbf{v_i}^T
