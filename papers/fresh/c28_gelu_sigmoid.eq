% GELU sigmoid approximation, Hendrycks & Gimpel (2016), §2: x\sigma(1.702x); and QuickGELU
x \in \mathbb{R}^{n}

\mathrm{GELU}_\sigma(x) = x\sigma(1.702x)
y = \mathrm{GELU}_\sigma(x)
