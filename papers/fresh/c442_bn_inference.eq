% Batch Normalization, Ioffe & Szegedy (2015), Alg. 2 at inference on a convolutional layer: x N x C x H x W,
% the population statistics and gamma, beta per feature map (prose: "per feature map, not per activation")
x \in \mathbb{R}^{N \times C \times H \times W}, \mathrm{E}[x], \mathrm{Var}[x], \gamma, \beta \in \mathbb{R}^{C}, \epsilon = 10^{-5}

y = \frac{\gamma}{\sqrt{\mathrm{Var}[x] + \epsilon}} \cdot x + \left(\beta - \frac{\gamma \mathrm{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}}\right)
