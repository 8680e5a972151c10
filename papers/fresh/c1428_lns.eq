% LayerNorm Scaling, Sun et al. (2025), "The Curse of Depth in Large Language Models", Eq. 9: the output of the
% layer normalisation of layer \ell is scaled by the inverse square root of its depth; h^{(\ell)} \in R^d (prose)
\mathbf{h}^{(\ell)} \in \mathbb{R}^{d}, \ell \in \mathbb{N}

\mathbf{h}' = \mathrm{LayerNorm}(\mathbf{h}^{(\ell)}) \cdot \frac{1}{\sqrt{\ell}}
