% BEiT, Bao et al. (2022), Eq. 1 for one image (the inner sum): the masked positions \mathcal{M} of the N patches
% (given as a 0/1 vector), p_{MIM}(z_i | x^M) the probability the encoder gives patch i's visual token z_i from
% the corrupted image (given per patch), prose
\mathcal{M} \in \{0,1\}^{N}, p_{\text{MIM}}(z_i | x^{\mathcal{M}}) \in \mathbb{R}^{N}

\mathcal{L} = \sum_{i \in \mathcal{M}} \log p_{\text{MIM}}(z_i | x^{\mathcal{M}})
