% Li et al. (WWW 2010), "A Contextual-Bandit Approach to Personalized News Article Recommendation", Algorithm 1,
% lines 8-9 for one arm a, written from memory of the printing; A_a \in R^{d x d}, b_a, x_{t,a} \in R^d (prose)
\mathbf{A}_a \in \mathbb{R}^{d \times d}, \mathbf{b}_a, \mathbf{x}_{t,a} \in \mathbb{R}^{d}

\hat{\boldsymbol{\theta}}_a \leftarrow \mathbf{A}_a^{-1} \mathbf{b}_a
p_{t,a} \leftarrow \hat{\boldsymbol{\theta}}_a^\top \mathbf{x}_{t,a} + \alpha \sqrt{\mathbf{x}_{t,a}^\top \mathbf{A}_a^{-1} \mathbf{x}_{t,a}}
