% Annealed Langevin dynamics step, Song & Ermon (2019), Algorithm 1 line 6, the score s_theta given
\tilde{x}_{t-1}, s, z_t \in \mathbb{R}^{d}, \alpha_i \in \mathbb{R}

\tilde{x}_t \leftarrow \tilde{x}_{t-1} + \frac{\alpha_i}{2} s + \sqrt{\alpha_i} z_t
