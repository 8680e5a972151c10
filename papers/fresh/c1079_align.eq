% Understanding contrastive representation learning through alignment and uniformity, Wang & Isola (2020),
% Sec. 4.1: the alignment loss over N positive pairs; f(x), f(y) the normalised features of the pairs, one row each
f(x), f(y) \in \mathbb{R}^{N \times d}, \alpha \in \mathbb{R}

\mathcal{L}_{\mathrm{align}}(f; \alpha) \triangleq \mathbb{E}_{(x, y) \sim p_{\mathrm{pos}}}\left[\|f(x) - f(y)\|_2^\alpha\right]
