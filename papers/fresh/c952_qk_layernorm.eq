% ViT-22B (Dehghani et al., 2023), Sec. 2 "QK normalization": LayerNorm on the queries and keys before the dot
% product; LN without gain over each row (as Ba et al. define it)
X \in \mathbb{R}^{n \times D}, W^Q, W^K \in \mathbb{R}^{D \times d}, \epsilon = 10^{-6}

\mathrm{LN}(x) = \frac{x - \mathrm{mean}(x)}{\sqrt{\mathrm{var}(x) + \epsilon}}
A = \text{softmax}\left[\frac{1}{\sqrt{d}} \text{LN}(XW^Q)(\text{LN}(XW^K))^T\right]
