% RankSVM's pairwise hinge as learning-to-rank surveys print it (Liu, Learning to Rank for Information Retrieval,
% the pairwise approach), written from memory: f the scores and y the relevance grades of k documents (prose)
f, y \in \mathbb{R}^{k}

L = \sum_{y_i > y_j} \max(0, 1 - (f_i - f_j))
