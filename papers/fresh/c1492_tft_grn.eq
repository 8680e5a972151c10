% Temporal Fusion Transformers, Lim et al. (2021), Eqs. 2-5 as printed (from memory of the printing): the gated
% residual network of a primary input a and a context vector c, with the GLU gate; d_model = d for every weight
% (prose), omega the index of the shared weights
a, c \in \mathbb{R}^{d}, W_{1,\omega}, W_{2,\omega}, W_{3,\omega}, W_{4,\omega}, W_{5,\omega} \in \mathbb{R}^{d \times d}, b_{1,\omega}, b_{2,\omega}, b_{4,\omega}, b_{5,\omega} \in \mathbb{R}^{d}

\mathrm{GRN}_\omega(a, c) = \mathrm{LayerNorm}(a + \mathrm{GLU}_\omega(\eta_1))
\eta_1 = W_{1,\omega} \eta_2 + b_{1,\omega}
\eta_2 = \mathrm{ELU}(W_{2,\omega} a + W_{3,\omega} c + b_{2,\omega})
\mathrm{GLU}_\omega(\gamma) = \sigma(W_{4,\omega} \gamma + b_{4,\omega}) \odot (W_{5,\omega} \gamma + b_{5,\omega})
