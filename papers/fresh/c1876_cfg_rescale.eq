% Lin et al. (WACV 2024), Sec. 3.4 CFG rescale, Eqs. 15-17, pasted from the printing; x_pos, x_cfg in R^d
x_{pos}, x_{cfg} \in \mathbb{R}^{d}, \phi \in \mathbb{R}

\sigma_{pos} = \mathrm{std}(x_{pos}), \quad \sigma_{cfg} = \mathrm{std}(x_{cfg})
x_{rescaled} = x_{cfg} \cdot \frac{\sigma_{pos}}{\sigma_{cfg}}
x_{final} = \phi \cdot x_{rescaled} + (1 - \phi) \cdot x_{cfg}
