% DeepSeek-AI (2024), DeepSeek-V2, Eqs. 9-11 (MLA low-rank KV), pasted from the printing; shapes from prose
\mathbf{h}_t \in \mathbb{R}^{d}, W^{DKV} \in \mathbb{R}^{d_c \times d}, W^{UK}, W^{UV} \in \mathbb{R}^{d_h n_h \times d_c}

\mathbf{c}_t^{KV} = W^{DKV} \mathbf{h}_t
\mathbf{k}_t^C = W^{UK} \mathbf{c}_t^{KV}
\mathbf{v}_t^C = W^{UV} \mathbf{c}_t^{KV}
