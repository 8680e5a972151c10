% FNet, Lee-Thorp et al. (2022), Eqs. 1-2: the Fourier sublayer applies a 1D DFT along the hidden dimension and
% one along the sequence dimension and keeps the real part; x the embeddings of N tokens of size d_h (prose)
x \in \mathbb{R}^{N \times d_h}

X_k = \sum_{n=0}^{N-1} x_n e^{-\frac{2\pi i}{N} n k}, \quad 0 \leq k \leq N-1
y = \Re\left(\mathcal{F}_{\text{seq}}\left(\mathcal{F}_{\text{h}}(x)\right)\right)
