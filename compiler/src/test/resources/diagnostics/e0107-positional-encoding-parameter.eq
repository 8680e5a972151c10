% Sinusoidal positional encoding (Vaswani et al., 2017, §3.5) written as a function of
% (pos, 2i): a parameter must be a name.
d \in \mathbb{N}
\mathrm{PE}(pos, 2i) = \sin(pos / 10000^{2i/d})
% ~ERROR E0107
