% Fleuret, The Little Book of Deep Learning, Section 5.? (sinusoidal positional encoding), from memory of the printing,
% with T = 10^4 and the encoding of L positions in D dimensions declared
\mathrm{pos\text{-}enc} \in \mathbb{R}^{L \times D}, T = 10^4

\mathrm{pos\text{-}enc}[t, 2i] = \sin\left(\frac{t}{T^{2i/D}}\right)
\mathrm{pos\text{-}enc}[t, 2i+1] = \cos\left(\frac{t}{T^{2i/D}}\right)
