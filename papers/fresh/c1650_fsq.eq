% Finite Scalar Quantization, Mentzer et al. (2023), Sec. 3, from memory of the printing (L odd: no offset)
z \in \mathbb{R}^{d}, L = 5

\hat{z} = \mathrm{round}(f(z))
f : z \mapsto \lfloor L/2 \rfloor \tanh(z)
