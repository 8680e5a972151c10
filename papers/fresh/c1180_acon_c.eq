% ACON-C, Ma et al. (2021), Table 1 / Eq. 5: the activation on the C channels x of one position, with learnable
% per-channel p_1, p_2 and switching factor beta (prose: per channel)
x, p_1, p_2, \beta \in \mathbb{R}^{C}

f_{\text{ACON-C}}(x) = (p_1 - p_2) x \cdot \sigma[\beta(p_1 - p_2) x] + p_2 x
