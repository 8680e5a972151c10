% A highway layer (Srivastava et al., 2015) with the transform gate applied by juxtaposition:
% H T is a matrix product of two [n, d] matrices; the paper means an element-wise product.
x, H, T \in \mathbb{R}^{n \times d}
y = H T + x \odot (1 - T)
% ~ERROR E0301
