% PyTorch's BatchNorm2d documentation line (also InstanceNorm2d's and GroupNorm's): per-channel gamma, axes unsaid
x \in \mathbb{R}^{N \times C \times H \times W}, \gamma, \beta \in \mathbb{R}^{C}, \epsilon \in \mathbb{R}

y = \frac{x - \mathrm{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}} * \gamma + \beta
% ~WARNING W0102
% ~ERROR E0353
% ~WARNING W0102
% ~WARNING W0102
