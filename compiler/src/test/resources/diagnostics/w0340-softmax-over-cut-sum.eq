% DeepSeek-V2 (2024), Eq. 7: causal attention, the softmax inside a sum up to t.
\mathbf{q}, \mathbf{k}, \mathbf{v} \in \mathbb{R}^{l \times n_h \times d_h}
\mathbf{o}_{t,i} = \sum_{j=1}^{t} \operatorname{Softmax}_j\left(\frac{\mathbf{q}_{t,i}^T \mathbf{k}_{j,i}}{\sqrt{d_h}}\right) \mathbf{v}_{j,i} \quad t = 1, \dots, l
% ~WARNING W0340
