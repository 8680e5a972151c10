% PyTorch documentation, torch.nn.PoissonNLLLoss (log_input=False), as printed there
\text{input}, \text{target} \in \mathbb{R}^{N}

\text{target} \sim \mathrm{Poisson}(\text{input})
\text{loss}(\text{input}, \text{target}) = \text{input} - \text{target} * \log(\text{input}) + \log(\text{target!})
