% Deep Interest Network, Zhou et al. (2018), Eq. 3: the user representation as the activation-weighted sum of
% the H behaviour embeddings e_j (rows of e), the activation unit's outputs a(e_j, v_A) given
\boldsymbol{e} \in \mathbb{R}^{H \times d}, \boldsymbol{v}_A \in \mathbb{R}^{d}, a(\boldsymbol{e}_j, \boldsymbol{v}_A) \in \mathbb{R}^{H}

\boldsymbol{v}_U(A) = f(\boldsymbol{v}_A, \boldsymbol{e}_1, \boldsymbol{e}_2, ..., \boldsymbol{e}_H) = \sum_{j=1}^{H} a(\boldsymbol{e}_j, \boldsymbol{v}_A) \boldsymbol{e}_j = \sum_{j=1}^{H} \boldsymbol{w}_j \boldsymbol{e}_j
