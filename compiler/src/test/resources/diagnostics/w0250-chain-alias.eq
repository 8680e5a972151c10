% GRPO's outcome advantage (Shao et al., 2024): the middle name is another name for the value.
\mathbf{r} \in \mathbb{R}^{G}
\hat{A}_{i} = \tilde{r}_i = r_i - \mathrm{mean}(\mathbf{r})
% ~WARNING W0250
