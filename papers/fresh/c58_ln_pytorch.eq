% LayerNorm as the PyTorch documentation prints it: y = \frac{x - \mathrm{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}} * \gamma + \beta
x \in \mathbb{R}^{b \times d}, \gamma, \beta \in \mathbb{R}^{d}, \epsilon = 0.00001

y = \frac{x - \mathbb{E}[x]}{\sqrt{\mathrm{Var}[x] + \epsilon}} * \gamma + \beta
