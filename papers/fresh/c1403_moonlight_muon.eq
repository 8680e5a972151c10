% Muon is Scalable for LLM Training (Liu et al., 2025, Moonlight), Eq. 4: the orthogonalised update O_t of an
% A x B matrix is rescaled by 0.2 \sqrt{\max(A, B)} to match AdamW's update RMS, with weight decay \lambda (prose)
O_t, W_{t-1} \in \mathbb{R}^{A \times B}, \eta_t, \lambda \in \mathbb{R}

W_t = W_{t-1} - \eta_t (0.2 \cdot O_t \cdot \sqrt{\max(A, B)} + \lambda W_{t-1})
