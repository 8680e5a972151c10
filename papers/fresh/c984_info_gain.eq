% Information gain, Mitchell, Machine Learning (1997), Eq. 3.4: the entropies of S and of the subsets S_v
% for the V values of attribute A, and their sizes, given (prose)
Entropy(S), |S| \in \mathbb{R}, Entropy(S_v), |S_v| \in \mathbb{R}^{V}

Gain(S, A) \equiv Entropy(S) - \sum_{v \in Values(A)} \frac{|S_v|}{|S|} Entropy(S_v)
