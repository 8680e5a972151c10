% Transformers without Normalization (DyT), Zhu, Chen, He, LeCun & Liu (CVPR 2025), Eq. 1 (from memory): DyT
% applied to a batch of N token rows x, \gamma and \beta per channel, \alpha a scalar; * is the element-wise
% product broadcast over the rows (the paper's PyTorch pseudocode does `self.weight * x`)
x \in \mathbb{R}^{N \times C}, \gamma, \beta \in \mathbb{R}^{C}, \alpha \in \mathbb{R}

\mathrm{DyT}(x) = \gamma * \tanh(\alpha x) + \beta
