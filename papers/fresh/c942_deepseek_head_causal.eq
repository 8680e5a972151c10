% DeepSeek-V2 (2024), Eq. 7: standard multi-head attention per head i and token t, causal (j up to t), with the
% queries, keys and values of all l tokens split into n_h heads of dimension d_h (prose)
\mathbf{q}, \mathbf{k}, \mathbf{v} \in \mathbb{R}^{l \times n_h \times d_h}

\mathbf{o}_{t,i} = \sum_{j=1}^{t} \operatorname{Softmax}_j\left(\frac{\mathbf{q}_{t,i}^T \mathbf{k}_{j,i}}{\sqrt{d_h}}\right) \mathbf{v}_{j,i}
