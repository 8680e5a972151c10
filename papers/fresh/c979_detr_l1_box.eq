% DETR, Carion et al. (2020), Sec. 3.1: the L1 part of the box loss summed over the matched pairs, b_i the
% ground-truth boxes and \hat{b}_{\sigma(i)} the prediction matched to box i by the optimal permutation
% \hat{\sigma} (given as 0-based indices into the N predictions; prose)
b \in \mathbb{R}^{M \times 4}, \hat{b} \in \mathbb{R}^{N \times 4}, \hat{\sigma} \in \mathbb{N}^{M}, \lambda_{L1} \in \mathbb{R}

\mathcal{L}_{L1} = \sum_{i=1}^{M} \lambda_{L1} ||b_{i} - \hat{b}_{\hat{\sigma}(i)}||_1
