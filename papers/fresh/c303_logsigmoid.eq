% PyTorch documentation, torch.nn.LogSigmoid, as printed there
\text{LogSigmoid}(x) = \log\left(\frac{ 1 }{ 1 + \exp(-x)}\right)
