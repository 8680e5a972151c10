% a definition followed by the range of its values (d2l.ai, the sigmoid): prose, skipped
z \in \mathbb{R}^{3}
\sigma(z) \overset{\text{def}}{=} \frac{1}{1 + e^{-z}} \in (0, 1)
y = \sigma(z)
