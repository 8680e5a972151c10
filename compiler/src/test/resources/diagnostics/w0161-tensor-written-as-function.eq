% SimCLR's loss sums \ell(2k-1, 2k) over the positive pairs, with \ell_{i,j} defined element-wise:
% eqc reads the element \ell_{2k-1, 2k} and says so.
z \in \mathbb{R}^{2N}
\ell_{i,j} = z_i z_j
L = \sum_{k=1}^{N} \ell(2k-1, 2k)
% ~WARNING W0161
