% KIVI, Liu et al. (ICML 2024), Sec. 3.1: B-bit asymmetric quantization of the key cache per channel (the
% zero point and scale over the tokens of each channel), from memory of the printing; X the n x d key cache
X \in \mathbb{R}^{n \times d}, B \in \mathbb{N}

z_j = \min_i X_{ij}
s_j = \frac{\max_i X_{ij} - \min_i X_{ij}}{2^B - 1}
Q(X)_{ij} = \left\lfloor \frac{X_{ij} - z_j}{s_j} \right\rceil
