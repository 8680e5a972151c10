% Berkeley CS285 (Levine), Lecture 6 "Actor-Critic", generalized advantage estimation, from memory of the slide: one
% episode of T steps, after which the rewards and values are 0 (the infinite sum ends with the episode); the values
% at the T+1 visited states given
r(\mathbf{s}_t,\mathbf{a}_t) \in \mathbb{R}^{T}, \hat{V}^\pi_\phi(\mathbf{s}_t) \in \mathbb{R}^{T+1}, \gamma, \lambda \in \mathbb{R}

\hat{A}^\pi_{\text{GAE}}(\mathbf{s}_t,\mathbf{a}_t) = \sum_{t'=t}^{\infty} (\gamma\lambda)^{t'-t} \delta_{t'}
\delta_{t'} = r(\mathbf{s}_{t'},\mathbf{a}_{t'}) + \gamma \hat{V}^\pi_\phi(\mathbf{s}_{t'+1}) - \hat{V}^\pi_\phi(\mathbf{s}_{t'})
