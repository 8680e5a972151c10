% PyTorch documentation, torch.nn.Softsign, as printed there
\text{SoftSign}(x) = \frac{x}{ 1 + |x|}
