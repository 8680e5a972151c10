% GRPO, Shao et al. (2024, DeepSeekMath), Sec. 4.1.2: outcome supervision normalises the G rewards of a group
\mathbf{r} \in \mathbb{R}^{G}

\hat{A}_{i} = \tilde{r}_i = \frac{r_i - \mathrm{mean}(\mathbf{r})}{\mathrm{std}(\mathbf{r})}
