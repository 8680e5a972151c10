% Zhang et al., Dive into Deep Learning, Sec. 11.6 (positional encoding), as printed: P \in R^{n x d}
\mathbf{P} \in \mathbb{R}^{n \times d}

$$\begin{aligned} p_{i, 2j} &= \sin\left(\frac{i}{10000^{2j/d}}\right),\\p_{i, 2j+1} &= \cos\left(\frac{i}{10000^{2j/d}}\right).\end{aligned}$$
