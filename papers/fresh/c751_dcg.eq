% Discounted cumulative gain at k, Burges et al. (2005, RankNet) / Jarvelin & Kekalainen (2002), as
% usually printed: rel_i the graded relevance of the result at position i; NDCG divides by the ideal DCG
rel \in \mathbb{R}^{k}, IDCG_k \in \mathbb{R}

DCG_k = \sum_{i=1}^{k} \frac{2^{rel_i} - 1}{\log_2(i + 1)}
NDCG_k = \frac{DCG_k}{IDCG_k}
