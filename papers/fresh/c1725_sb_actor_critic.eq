% Sutton & Barto, Reinforcement Learning (2nd ed.), Section 13.5, one-step actor-critic (the critic's TD error and
% update), as printed in the boxed algorithm, with the linear critic of Eq. 9.8; the feature vectors of S and S' given
\mathbf{x}(S) \in \mathbb{R}^{d}, \mathbf{x}(S') \in \mathbb{R}^{d}, \mathbf{w} \in \mathbb{R}^{d}, R \in \mathbb{R}, \gamma \in \mathbb{R}, \alpha^{\mathbf{w}} \in \mathbb{R}

\hat{v}(s, \mathbf{w}) \doteq \mathbf{w}^\top \mathbf{x}(s)
\delta \leftarrow R + \gamma \hat{v}(S', \mathbf{w}) - \hat{v}(S, \mathbf{w})
\mathbf{w} \leftarrow \mathbf{w} + \alpha^{\mathbf{w}} \delta \nabla \hat{v}(S, \mathbf{w})
