% GRU (Cho et al., 2014; as in Chung et al. 2014 Eq. 5-8)
x_t \in \mathbb{R}^{d}, h_{t-1} \in \mathbb{R}^{n}
W_z, W_r, W \in \mathbb{R}^{n \times d}, U_z, U_r, U \in \mathbb{R}^{n \times n}

z_t = \sigma(W_z x_t + U_z h_{t-1})
r_t = \sigma(W_r x_t + U_r h_{t-1})
\tilde{h}_t = \tanh(W x_t + U(r_t \odot h_{t-1}))
h_t = (1 - z_t) h_{t-1} + z_t \tilde{h}_t
