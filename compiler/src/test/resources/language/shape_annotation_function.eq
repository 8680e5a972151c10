% d2l.ai 11.3.2 (additive attention), a function with a scalar result
q \in \mathbb{R}^{d_q}
k \in \mathbb{R}^{d_k}
W_q \in \mathbb{R}^{h \times d_q}
W_k \in \mathbb{R}^{h \times d_k}
w_v \in \mathbb{R}^{h}
a(q, k) = w_v^\top \tanh(W_q q + W_k k) \in \mathbb{R}
s = a(q, k)
