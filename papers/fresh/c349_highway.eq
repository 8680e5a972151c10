% Highway networks, Srivastava et al. (2015), Eq. 3 with H and T single affine layers (Sec. 2)
x \in \mathbb{R}^{n}, W_H, W_T \in \mathbb{R}^{n \times n}, b_H, b_T \in \mathbb{R}^{n}

H(x) = \tanh(W_H x + b_H)
T(x) = \sigma(W_T x + b_T)
y = H(x) \cdot T(x) + x \cdot (1 - T(x))
