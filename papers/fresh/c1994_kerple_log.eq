% KERPLE: Kernelized Relative Positional Embedding for Length Extrapolation, Chi et al. (NeurIPS 2022), Eq. 7
% (from memory): the logarithmic variant of the relative-position bias added to the L x L attention logits, with
% learnable r_1, r_2 > 0 (L declared from the prose)
r_1, r_2 \in \mathbb{R}, L \in \mathbb{N}

\tilde{k}_{r_1, r_2}(m, n) = -r_1 \cdot \log(1 + r_2 |m - n|)
