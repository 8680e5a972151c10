% GRPO's group-normalised reward (Shao et al. 2024): std divides by n, torch.std by n - 1
\mathbf{r} \in \mathbb{R}^{G}
\tilde{r}_i = \frac{r_i - \mathrm{mean}(\mathbf{r})}{\mathrm{std}(\mathbf{r})}
% ~WARNING W0262
v = \mathrm{var}(\mathbf{r})
% ~WARNING W0262
s = \sqrt{\mathrm{Var}[\mathbf{r}]}
\sigma^2 = \mathrm{Var}(\mathbf{r})
