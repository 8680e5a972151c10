% DeepSeek-V2 (2024), Eqs. 16-19 (from memory), one head: the decoupled-RoPE query and key are concatenations of a
% compressed part and a RoPE part, and the output at step t attends causally over j = 1..t with Softmax_j; the
% parts given as T x d_h and T x d_h^R tables (prose)
\mathbf{q}^C, \mathbf{k}^C \in \mathbb{R}^{T \times d_h}, \mathbf{q}^R, \mathbf{k}^R \in \mathbb{R}^{T \times d_h^R}, \mathbf{v}^C \in \mathbb{R}^{T \times d_h}

\mathbf{q}_{t} = [\mathbf{q}_{t}^{C}; \mathbf{q}_{t}^{R}]
\mathbf{k}_{t} = [\mathbf{k}_{t}^{C}; \mathbf{k}_{t}^{R}]
\mathbf{o}_{t} = \sum_{j=1}^{t} \mathrm{Softmax}_j\left( \frac{\mathbf{q}_{t}^{T} \mathbf{k}_{j}}{\sqrt{d_h + d_h^R}} \right) \mathbf{v}_{j}^{C}
