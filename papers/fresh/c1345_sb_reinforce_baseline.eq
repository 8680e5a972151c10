% Sutton & Barto (2018), Sec. 13.4, REINFORCE with Baseline: the loop body for step t of an episode of T rewards
% R_1..R_T; a linear baseline (features of the n_s states are the rows of \Phi, states from 0); eligibility given
R \in \mathbb{R}^{T}, \Phi \in \mathbb{R}^{n_s \times d}, \mathbf{w} \in \mathbb{R}^{d}, \boldsymbol{\theta}, \nabla \ln \pi(A_t|S_t,\boldsymbol{\theta}) \in \mathbb{R}^{m}, S_t, t \in \mathbb{N}, \gamma, \alpha^{\mathbf{w}}, \alpha^{\boldsymbol{\theta}} \in \mathbb{R}

\mathbf{x}(s) = \Phi_s
\hat{v}(s,\mathbf{w}) \doteq \mathbf{w}^\top\mathbf{x}(s)
G \leftarrow \sum_{k=t+1}^{T} \gamma^{k-t-1} R_k
\delta \leftarrow G - \hat{v}(S_t,\mathbf{w})
\mathbf{w} \leftarrow \mathbf{w} + \alpha^{\mathbf{w}} \delta \nabla\hat{v}(S_t,\mathbf{w})
\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \alpha^{\boldsymbol{\theta}} \gamma^t \delta \nabla \ln \pi(A_t|S_t,\boldsymbol{\theta})
