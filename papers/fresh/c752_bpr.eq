% BPR: Bayesian personalised ranking, Rendle et al. (2009), Sec. 4.3.1 (matrix factorisation) and the
% BPR-Opt term of every triple (u, i, j); "each row w_u in W ... similarly each row h_i of H" (prose)
w \in \mathbb{R}^{|U| \times k}, h \in \mathbb{R}^{|I| \times k}

\hat{x}_{ui} = \langle w_u, h_i \rangle = \sum_{f=1}^{k} w_{uf} \cdot h_{if}
\hat{x}_{uij} = \hat{x}_{ui} - \hat{x}_{uj}
\ell_{uij} = \ln \sigma(\hat{x}_{uij})
