% Modulating early visual processing by language (conditional batch norm), de Vries et al. (2017), Eq. 1:
% batch norm of the feature maps F (batch i, channel c, height h, width w) with per-channel gamma_c, beta_c
F \in \mathbb{R}^{B \times C \times H \times W}, \gamma, \beta \in \mathbb{R}^{C}, \epsilon \in \mathbb{R}

\text{BN}(F_{i,c,h,w} | \gamma_c, \beta_c) = \gamma_c \frac{F_{i,c,h,w} - \mathbb{E}_\mathcal{B}[F_{\cdot,c,\cdot,\cdot}]}{\sqrt{\text{Var}_\mathcal{B}[F_{\cdot,c,\cdot,\cdot}] + \epsilon}} + \beta_c
