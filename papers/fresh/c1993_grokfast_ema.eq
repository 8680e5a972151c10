% Grokfast: Accelerated Grokking by Amplifying Slow Gradients, Lee et al. (2024), Algorithm 2 (from memory): the EMA
% filter of the gradient and the amplified gradient passed to the optimiser (vectors declared from the prose)
\mu_{t-1}, g_t \in \mathbb{R}^{d}, \alpha, \lambda \in \mathbb{R}

\mu_t \leftarrow \alpha \mu_{t-1} + (1 - \alpha) g_t
\hat{g}_t \leftarrow g_t + \lambda \mu_t
