% Modulating early visual processing by language (conditional batch norm), de Vries et al. (2017),
% Eqs. 1-3: F a batch N x C x H x W (prose), the deltas predicted from the question (given here)
F \in \mathbb{R}^{N \times C \times H \times W}, \gamma_c, \beta_c, \Delta\gamma_c, \Delta\beta_c \in \mathbb{R}^{C}, \epsilon = 10^{-5}

\hat{\beta}_c = \beta_c + \Delta\beta_c
\hat{\gamma}_c = \gamma_c + \Delta\gamma_c
BN(F_{i,c,h,w}) = \hat{\gamma}_c \frac{F_{i,c,h,w} - \mathbb{E}_B[F_{\cdot,c,\cdot,\cdot}]}{\sqrt{\mathrm{Var}_B[F_{\cdot,c,\cdot,\cdot}] + \epsilon}} + \hat{\beta}_c
