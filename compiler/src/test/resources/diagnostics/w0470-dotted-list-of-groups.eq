% NeRF's positional encoding (Mildenhall et al., Eq. 4): a group of two entries repeated for each frequency
p \in \mathbb{R}, L = 4

\gamma(p) = \left( \sin\left(2^0 \pi p\right), \cos\left(2^0 \pi p\right), \cdots, \sin\left(2^{L-1} \pi p\right), \cos\left(2^{L-1} \pi p\right) \right)
% ~WARNING W0470
