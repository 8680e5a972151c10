% Berkeley CS285 (Levine), Lecture 6 "Actor-Critic", batch actor-critic step 3, from memory of the slide: N sampled
% transitions (s_i, a_i, r_i, s_i'); the reward and the fitted value at s_i and at s_i' given per transition
r(\mathbf{s}_i,\mathbf{a}_i), \hat{V}^\pi_\phi(\mathbf{s}_i), \hat{V}^\pi_\phi(\mathbf{s}_i') \in \mathbb{R}^{N}, \gamma \in \mathbb{R}

\hat{A}^\pi(\mathbf{s}_i,\mathbf{a}_i) = r(\mathbf{s}_i,\mathbf{a}_i) + \gamma\hat{V}^\pi_\phi(\mathbf{s}_i') - \hat{V}^\pi_\phi(\mathbf{s}_i)
