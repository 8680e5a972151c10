% Sutton & Barto (2018), Sec. 13.5, one-step Actor-Critic (episodic): the three updates of the loop body, with a
% linear critic (features of the n_s states are the rows of \Phi, states from 0); the eligibility vector given
\Phi \in \mathbb{R}^{n_s \times d}, \mathbf{w} \in \mathbb{R}^{d}, \boldsymbol{\theta}, \nabla \ln \pi(A|S,\boldsymbol{\theta}) \in \mathbb{R}^{m}, S, S' \in \mathbb{N}, R, \gamma, I, \alpha^{\mathbf{w}}, \alpha^{\boldsymbol{\theta}} \in \mathbb{R}

\mathbf{x}(s) = \Phi_s
\hat{v}(s,\mathbf{w}) \doteq \mathbf{w}^\top\mathbf{x}(s)
\delta \leftarrow R + \gamma\hat{v}(S',\mathbf{w}) - \hat{v}(S,\mathbf{w})
\mathbf{w} \leftarrow \mathbf{w} + \alpha^{\mathbf{w}} \delta \nabla\hat{v}(S,\mathbf{w})
\boldsymbol{\theta} \leftarrow \boldsymbol{\theta} + \alpha^{\boldsymbol{\theta}} I \delta \nabla \ln \pi(A|S,\boldsymbol{\theta})
