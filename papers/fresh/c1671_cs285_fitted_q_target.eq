% Berkeley CS285 (Levine), Lecture 7 "Value Function Methods", fitted Q-iteration step 2, from memory of the slide:
% N transitions; the reward per transition and Q at the next state for each of A discrete actions given
r(\mathbf{s}_i,\mathbf{a}_i) \in \mathbb{R}^{N}, Q_\phi(\mathbf{s}'_i,\mathbf{a}'_i) \in \mathbb{R}^{N \times A}, \gamma \in \mathbb{R}

\mathbf{y}_i \leftarrow r(\mathbf{s}_i,\mathbf{a}_i) + \gamma \max_{\mathbf{a}'_i} Q_\phi(\mathbf{s}'_i,\mathbf{a}'_i)
