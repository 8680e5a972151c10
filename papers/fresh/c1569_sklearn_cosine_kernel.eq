% scikit-learn user guide, 6.8.1 Cosine similarity as printed (from memory of the printing): "if x and y are row
% vectors, their cosine similarity k is defined as" (prose); d features each
x, y \in \mathbb{R}^{d}

k(x, y) = \frac{x y^\top}{\|x\| \|y\|}
