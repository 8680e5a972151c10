% minLSTM, Feng et al. (2024), Sec. 3.2 as printed (from memory of the printing), with its normalised gates; the gates
% f_t, i_t and candidates \tilde{h}_t of T steps given (one row each, prose), h_0 = 0
f, i, \tilde{h} \in \mathbb{R}^{T \times d_h}

f'_t, i'_t \leftarrow \frac{f_t}{f_t + i_t}, \frac{i_t}{f_t + i_t}
h_t = f'_t \odot h_{t-1} + i'_t \odot \tilde{h}_t
