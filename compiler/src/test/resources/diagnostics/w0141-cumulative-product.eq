% A product up to a step t that is an input: cumulative, cut at run time (DDPM's \bar\alpha_t).
\alpha \in \mathbb{R}^{T}, t \in \mathbb{N}
\bar{\alpha}_t = \prod_{s=1}^{t} \alpha_s
% ~WARNING W0141
