% Nagel et al. (2021), "A White Paper on Neural Network Quantization", Eqs. 7-9 (uniform affine quantisation),
% pasted from the printing (the semicolon in clamp and the round-to-nearest brackets are the paper's)
\mathbf{x} \in \mathbb{R}^{n}, s \in \mathbb{R}, z \in \mathbb{Z}, b = 8

\mathbf{x}_{\text{int}} = \text{clamp}\left(\left\lfloor \frac{\mathbf{x}}{s} \right\rceil + z; 0, 2^b - 1\right)
\text{clamp}(x; a, c) = \begin{cases} a, & x < a, \\ x, & a \leq x \leq c, \\ c, & x > c. \end{cases}
\widehat{\mathbf{x}} = s\left(\mathbf{x}_{\text{int}} - z\right)
