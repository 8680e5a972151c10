% Entropy of a boolean collection S, Mitchell, Machine Learning (1997), Eq. 3.1: p_\oplus and p_\ominus the
% proportions of positive and negative examples (prose)
p_\oplus, p_\ominus \in \mathbb{R}

Entropy(S) \equiv -p_\oplus \log_2 p_\oplus - p_\ominus \log_2 p_\ominus
