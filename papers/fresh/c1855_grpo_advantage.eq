% Shao et al. (2024), DeepSeekMath, Sec. 4.1.2 outcome supervision advantage, pasted from the printing;
% \mathbf{r} the G rewards of one group (prose); std is the sample std as in the released code (torch.std)
\mathbf{r} \in \mathbb{R}^{G}

\hat{A}_{i} = \frac{r_i - \mathrm{mean}(\mathbf{r})}{\mathrm{std}(\mathbf{r})}
