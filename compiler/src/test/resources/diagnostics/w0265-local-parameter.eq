% A helper whose parameter is named like a declared input of another size, applied to Wx.
x \in \mathbb{R}^{n}, W \in \mathbb{R}^{m \times n}
f(x) = \frac{x}{\|x\|_2}
% ~WARNING W0265
% ~WARNING W0103
y = f(Wx)
