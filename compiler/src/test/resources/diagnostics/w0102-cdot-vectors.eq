% \cdot between two vectors: the dot product in a cosine similarity, element-wise beside an
% activation (SiLU as printed). Both readings are named in a warning.
u, v \in \mathbb{R}^{d}
s = \frac{u \cdot v}{\|u\| \|v\|}
% ~WARNING W0102
\mathrm{SiLU}(u) = u \cdot \sigma(u)
% ~WARNING W0102
