% \sum_i^N with no lower limit: eqc counts i from 1 and says so.
x \in \mathbb{R}^{N}
s = \sum_i^N i x_i
% ~WARNING W0140
