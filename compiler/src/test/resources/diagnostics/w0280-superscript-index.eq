% Pointer networks, Eq. 3: the superscript i is the decoder step, the first index of u.
e \in \mathbb{R}^{n \times k}, d \in \mathbb{R}^{m \times k}, v \in \mathbb{R}^{k}
u^i_j = v^\top \tanh(e_j + d_i)
% ~WARNING W0280
