% xLSTM, Beck et al. (2024), Eqs. 19-21 and 27 (the mLSTM, one step): the matrix memory C_t and the normaliser n_t;
% the input and forget gates i_t, f_t are scalars, the output gate o_t a vector (prose), given with q_t, k_t, v_t
C_{t-1} \in \mathbb{R}^{d \times d}, n_{t-1}, q_t, k_t, v_t, o_t \in \mathbb{R}^{d}, i_t, f_t \in \mathbb{R}

C_t = f_t C_{t-1} + i_t v_t k_t^\top
n_t = f_t n_{t-1} + i_t k_t
h_t = o_t \odot \tilde{h}_t, \quad \tilde{h}_t = C_t q_t / \max\{|n_t^\top q_t|, 1\}
