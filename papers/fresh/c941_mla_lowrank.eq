% DeepSeek-V2 (2024), Eqs. 9-11 and 12-13: multi-head latent attention's low-rank joint compression of keys and
% values and of queries; h_t \in R^d is the attention input of the t-th token, d_c the KV compression dimension,
% d_c' the query compression dimension, n_h heads of dimension d_h (prose)
\mathbf{h}_t \in \mathbb{R}^{d}
W^{DKV} \in \mathbb{R}^{d_c \times d}, W^{UK}, W^{UV} \in \mathbb{R}^{d_h n_h \times d_c}
W^{DQ} \in \mathbb{R}^{d_c' \times d}, W^{UQ} \in \mathbb{R}^{d_h n_h \times d_c'}

\mathbf{c}_{t}^{KV} = W^{DKV} \mathbf{h}_{t}
\mathbf{k}_{t}^{C} = W^{UK} \mathbf{c}_{t}^{KV}
\mathbf{v}_{t}^{C} = W^{UV} \mathbf{c}_{t}^{KV}
\mathbf{c}_{t}^{Q} = W^{DQ} \mathbf{h}_{t}
\mathbf{q}_{t}^{C} = W^{UQ} \mathbf{c}_{t}^{Q}
