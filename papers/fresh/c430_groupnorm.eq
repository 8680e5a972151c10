% Group Normalization, Wu & He (2018), Eqs. 1-3 with the group set of Eq. 7 as printed; x is N x C x H x W
% and G groups (prose); i = (i_N, i_C, i_H, i_W) a 4-d index (prose)
x \in \mathbb{R}^{N \times C \times H \times W}, G \in \mathbb{N}, \epsilon = 10^{-5}

\mathcal{S}_i = \{k \mid k_N = i_N, \lfloor \frac{k_C}{C/G} \rfloor = \lfloor \frac{i_C}{C/G} \rfloor\}
\mu_i = \frac{1}{m} \sum_{k \in \mathcal{S}_i} x_k
\sigma_i = \sqrt{\frac{1}{m} \sum_{k \in \mathcal{S}_i} (x_k - \mu_i)^2 + \epsilon}
\hat{x}_i = \frac{1}{\sigma_i}(x_i - \mu_i)
