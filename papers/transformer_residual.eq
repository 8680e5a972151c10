% Attention is all you need, Vaswani et al. (2017), Section 3.1: the output of each sub-layer is
% LayerNorm(x + Sublayer(x)), where Sublayer(x) is the function implemented by the sub-layer itself
% (attention or the feed-forward network; not written out here: an input of the file).
x \in \mathbb{R}^{n \times d}

y = \mathrm{LayerNorm}(x + \mathrm{Sublayer}(x))
