% Softmax as papers define it (e.g. Goodfellow, Bengio & Courville, 2016, Eq. 6.29);
% eqc computes it stably (max-shifted) although it is spelled out
z \in \mathbb{R}^{n}

\mathrm{softmax}(z)_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}
