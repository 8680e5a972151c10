% PyTorch BCEWithLogitsLoss docs: per-element loss with a positive weight p_n and weight w_n
x, y, w, p \in \mathbb{R}^{N}

\ell_n = -w_n \left[ p_n y_n \cdot \log \sigma(x_n) + (1 - y_n) \cdot \log (1 - \sigma(x_n)) \right]
