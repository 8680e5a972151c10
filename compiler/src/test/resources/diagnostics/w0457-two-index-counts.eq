% Rendle et al. (2009), BPR: the score of user u for item i, then the difference for the pair (i, j)
w \in \mathbb{R}^{U \times k}, h \in \mathbb{R}^{I \times k}
\hat{x}_{ui} = \sum_{f=1}^{k} w_{uf} h_{if}
\hat{x}_{uij} = \hat{x}_{ui} - \hat{x}_{uj}
% ~WARNING W0457
