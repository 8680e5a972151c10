% RankNet as Burges (2010, "From RankNet to LambdaRank to LambdaMART") writes its cost summed over the pairs of one
% query's documents with y_i ranked above y_j, sigma = 1; written from memory of the printing; s the model scores
% and y the relevance labels of the k documents (prose)
s, y \in \mathbb{R}^{k}

C = \sum_{y_i > y_j} \log(1 + e^{-(s_i - s_j)})
