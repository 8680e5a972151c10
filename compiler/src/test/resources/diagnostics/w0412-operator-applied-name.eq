% an operator the file never defines, applied to an input, names the value (RoFormer Eq. 34)
\boldsymbol{x} \in \mathbb{R}^{d}
R\boldsymbol{x} = 2 \boldsymbol{x}
% ~WARNING W0412
