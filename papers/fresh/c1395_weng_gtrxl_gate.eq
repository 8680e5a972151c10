% Lilian Weng, "The Transformer Family" (2020), GTrXL's GRU-type gating layer as printed (Parisotto et al. 2019):
% x the stream, y the sublayer's output, all d-vectors; W, U of layer l d x d; b_g the gate's bias
x, y, b_g^{(l)} \in \mathbb{R}^{d}, W_r^{(l)}, U_r^{(l)}, W_z^{(l)}, U_z^{(l)}, W_g^{(l)}, U_g^{(l)} \in \mathbb{R}^{d \times d}

r = \sigma(W_r^{(l)} y + U_r^{(l)} x)
z = \sigma(W_z^{(l)} y + U_z^{(l)} x - b_g^{(l)})
\hat{h} = \tanh(W_g^{(l)} y + U_g^{(l)} (r \odot x))
g^{(l)}(x, y) = (1-z)\odot x + z\odot \hat{h}
