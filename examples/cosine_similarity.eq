% Cosine similarity of two embeddings
u, v \in \mathbb{R}^{d}

S_C(u, v) = \frac{u \cdot v}{\|u\| \|v\|}
