% PyTorch documentation, torch.nn.RMSNorm, as printed; x a vector of n features, gamma the learnable scale
x, \gamma \in \mathbb{R}^{n}, \epsilon \in \mathbb{R}

y_i = \frac{x_i}{\mathrm{RMS}(x)} * \gamma_i, \quad \text{where} \quad \text{RMS}(x) = \sqrt{\epsilon + \frac{1}{n} \sum_{i=1}^{n} x_i^2}
