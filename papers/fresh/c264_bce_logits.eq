% PyTorch documentation, torch.nn.BCEWithLogitsLoss (reduction='none'), as printed there
x, y, w \in \mathbb{R}^{N}

l_n = - w_n \left[ y_n \cdot \log \sigma(x_n) + (1 - y_n) \cdot \log (1 - \sigma(x_n)) \right]
