% xLSTM, Beck et al. (NeurIPS 2024), Eqs. 19-27 (mLSTM memory, normaliser and hidden state), from memory of the
% printing; the gates given as numbers (their exponential/sigmoid activations already applied)
\mathbf{C}_{t-1} \in \mathbb{R}^{d \times d}, \mathbf{n}_{t-1}, \mathbf{q}_t, \mathbf{k}_t, \mathbf{v}_t, \mathbf{o}_t \in \mathbb{R}^{d}, f_t, i_t \in \mathbb{R}

\mathbf{C}_t = f_t \mathbf{C}_{t-1} + i_t \mathbf{v}_t \mathbf{k}_t^\top
\mathbf{n}_t = f_t \mathbf{n}_{t-1} + i_t \mathbf{k}_t
\tilde{\mathbf{h}}_t = \mathbf{C}_t \mathbf{q}_t / \max\left\{ \left| \mathbf{n}_t^\top \mathbf{q}_t \right|, 1 \right\}
\mathbf{h}_t = \mathbf{o}_t \odot \tilde{\mathbf{h}}_t
