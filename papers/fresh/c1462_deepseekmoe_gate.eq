% DeepSeekMoE, Dai et al. (2024), Eqs. 3-5 as printed, for one token t of one layer l: N routed experts (FFN_i, stated
% here as ReLU layers with stacked weights W_i, the paper leaves them as FFNs), centroids e_i^l, K experts per token
\mathbf{u}_t^l \in \mathbb{R}^{d}, \mathbf{e}_i^l \in \mathbb{R}^{d}, W_i \in \mathbb{R}^{d \times d}, i = 1, \dots, N, K \in \mathbb{N}

\operatorname{FFN}_i(\mathbf{x}) = \max(0, \mathbf{x} W_i)
s_{i,t} = \operatorname{Softmax}_i \left( {\mathbf{u}_t^l}^{T} \mathbf{e}_i^l \right)
g_{i,t} = \begin{cases} s_{i,t}, & s_{i,t} \in \operatorname{Topk}(\{s_{j,t} | 1 \leq j \leq N\}, K), \\ 0, & \text{otherwise}, \end{cases}
\mathbf{h}_t^l = \sum_{i=1}^{N} \left( g_{i,t} \operatorname{FFN}_i\left(\mathbf{u}_t^l\right) \right) + \mathbf{u}_t^l
