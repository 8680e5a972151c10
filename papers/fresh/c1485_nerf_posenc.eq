% NeRF, Mildenhall et al. (2020), Eq. 4: the positional encoding of one coordinate p as printed, L = 10 (prose)
p \in \mathbb{R}, L = 10

\gamma(p) = \left( \sin\left(2^0 \pi p\right), \cos\left(2^0 \pi p\right), \cdots, \sin\left(2^{L-1} \pi p\right), \cos\left(2^{L-1} \pi p\right) \right)
