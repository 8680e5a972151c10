% DeepSeekMoE (Dai et al. 2024), Eq. 5, written for the t-th token, whose hidden state u_t^l the prose declares
\mathbf{u}_t^l \in \mathbb{R}^{d}, \mathbf{e} \in \mathbb{R}^{N \times d}
s_{i,t} = \operatorname{Softmax}_i({\mathbf{u}_t^l}^{\top} \mathbf{e}_i)
% ~WARNING W0420
