% minGRU, Feng et al. (2024), "Were RNNs All We Needed?", Sec. 3.1 as printed (from memory of the printing): the gate
% and candidate are linear in x_t only; the hidden state starts at h_0 = 0; x the T inputs (prose)
x \in \mathbb{R}^{T \times d_x}, W_z, W_h \in \mathbb{R}^{d_h \times d_x}, b_z, b_h \in \mathbb{R}^{d_h}

z_t = \sigma(\text{Linear}_{d_h}(x_t))
\tilde{h}_t = \text{Linear}_{d_h}(x_t)
h_t = (1 - z_t) \odot h_{t-1} + z_t \odot \tilde{h}_t
