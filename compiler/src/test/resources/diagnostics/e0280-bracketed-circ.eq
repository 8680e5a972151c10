% Transformer-XL writes the concatenation of two sequences as [h_u \circ h_v]; elsewhere \circ is the
% element-wise product: eqc cannot tell.
a, b \in \mathbb{R}^{L \times d}
c = \left[a \circ b\right]
% ~ERROR E0280
