% Hardt & Recht (2022), Ch. 4 (random Fourier features), from memory (the scaling and the names of W, b are mine as I
% remember them): D features of an input x in R^d
x \in \mathbb{R}^{d}, W \in \mathbb{R}^{D \times d}, b \in \mathbb{R}^{D}

\phi(x) = \sqrt{\frac{2}{D}} \cos(Wx + b)
