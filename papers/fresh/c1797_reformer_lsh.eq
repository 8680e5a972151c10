% Kitaev et al. (ICLR 2020), "Reformer: The Efficient Transformer", Sec. 2 (angular LSH), written from memory of
% the printing; x \in R^{d_k} a row vector, R \in R^{d_k x b/2} (prose)
x \in \mathbb{R}^{d_k}, R \in \mathbb{R}^{d_k \times c}

h(x) = \arg\max([xR; -xR])
