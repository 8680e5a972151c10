% Locally typical sampling, Meister et al. (TACL 2023), Sec. 5: the distance of each word's information content from
% the conditional entropy, |H(p(. | y_{<t})) + log p(y | y_{<t})|, from memory; p the next-word distribution (prose)
p \in \mathbb{R}^{V}

H(p) = -\sum_{y \in \mathcal{V}} p(y) \log p(y)
\varepsilon(y) = \left| H(p) + \log p(y) \right|
