% Jurafsky & Martin's skip-gram with negative sampling: the k noise vectors are the rows of c_{neg}
w \in \mathbb{R}^{d}, c_{neg} \in \mathbb{R}^{k \times d}

L = -\sum_{i=1}^{k} \log \sigma(-c_{neg_i}^\top w)
% ~WARNING W0451
