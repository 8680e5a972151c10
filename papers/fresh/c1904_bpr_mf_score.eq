% BPR, Rendle et al. (2009), Sec. 5 (matrix factorisation as the model of x_uij), from memory of the printing: w_u
% the user factors (rows of W), h_i the item factors (rows of H), k factors
w \in \mathbb{R}^{U \times k}, h \in \mathbb{R}^{I \times k}

\hat{x}_{ui} = \langle w_u, h_i \rangle = \sum_{f=1}^{k} w_{uf} \cdot h_{if}
\hat{x}_{uij} := \hat{x}_{ui} - \hat{x}_{uj}
