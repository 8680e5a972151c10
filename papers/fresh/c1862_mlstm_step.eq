% Beck et al. (NeurIPS 2024), xLSTM, mLSTM Eqs. 19-21, pasted from the printing (one step; gates given as scalars)
C_{t-1} \in \mathbb{R}^{d \times d}, n_{t-1}, q_t, k_t, v_t \in \mathbb{R}^{d}, f_t, i_t \in \mathbb{R}

C_t = f_t C_{t-1} + i_t v_t k_t^\top
n_t = f_t n_{t-1} + i_t k_t
\tilde{h}_t = C_t q_t / \max\{ |n_t^\top q_t|, 1 \}
