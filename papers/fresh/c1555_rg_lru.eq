% Griffin, De et al. (2024), Sec. 2.4, the Real-Gated Linear Recurrent Unit as printed (from memory of the printing):
% recurrence and input gates, a = sigma(Lambda), c = 8 (prose), h_0 = 0; x the T inputs of width D
x \in \mathbb{R}^{T \times D}, W_a, W_x \in \mathbb{R}^{D \times D}, b_a, b_x, \Lambda \in \mathbb{R}^{D}

r_t = \sigma(W_a x_t + b_a)
i_t = \sigma(W_x x_t + b_x)
a_t = a^{c r_t}
h_t = a_t \odot h_{t-1} + \sqrt{1 - a_t^2} \odot (i_t \odot x_t)
a = \sigma(\Lambda)
c = 8
