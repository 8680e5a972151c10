% Bishop & Bishop, Deep Learning: Foundations and Concepts (2024), Sec. 12.1.4 Eqs. 12.5-12.6 (simple
% self-attention) as printed; x_n the N tokens of D features, rows of X (prose)
\mathbf{x} \in \mathbb{R}^{N \times D}

\mathbf{y}_n = \sum_{m=1}^{N} a_{nm} \mathbf{x}_m
a_{nm} = \frac{\exp\left(\mathbf{x}_n^{\mathrm{T}} \mathbf{x}_m\right)}{\sum_{m'=1}^{N} \exp\left(\mathbf{x}_n^{\mathrm{T}} \mathbf{x}_{m'}\right)}
