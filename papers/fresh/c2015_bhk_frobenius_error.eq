% Blum, Hopcroft & Kannan (2020), Sec. 3.5 (proof of Thm 3.6): the squared Frobenius error of the best rank-k
% approximation, from memory of the printing; sigma the r singular values, k a count (declared)
\sigma \in \mathbb{R}^{r}, k \in \mathbb{N}

\|A - A_k\|_F^2 = \sum_{i=k+1}^{r} \sigma_i^2
