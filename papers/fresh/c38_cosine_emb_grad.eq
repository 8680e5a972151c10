% Cosine embedding loss for a positive pair (PyTorch CosineEmbeddingLoss, y = 1), gradient w.r.t. u
u, v \in \mathbb{R}^{d}

L = 1 - \frac{u^\top v}{\|u\| \|v\|}
g = \nabla_u L
