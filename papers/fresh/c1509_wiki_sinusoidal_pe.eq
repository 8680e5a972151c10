% Wikipedia, "Transformer (deep learning architecture)", sinusoidal positional encoding as printed: f(t) in R^d
% for a position t, r = N^{2/d} with N = 10000 (prose). Printing as remembered (not fetched).
t \in \mathbb{R}, N \in \mathbb{R}

\begin{cases}
f(t)_{2k} = \sin(\theta) \\
f(t)_{2k+1} = \cos(\theta)
\end{cases} \quad \forall k \in \{0, 1, \ldots, d/2 - 1\}
\theta = \frac{t}{r^k}, r = N^{2/d}
