% Deep Neural Networks for YouTube Recommendations, Covington et al. (2016), Sec. 3.1, pasted from the printing;
% v_j the video embeddings (rows of v, the corpus V of size |V|) and u the user embedding in R^N (prose)
v \in \mathbb{R}^{|V| \times N}, u \in \mathbb{R}^{N}

P(w_t = i | U, C) = \frac{e^{v_i u}}{\sum_{j \in V} e^{v_j u}}
