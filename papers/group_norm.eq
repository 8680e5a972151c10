% Group normalization, Wu & He (2018), Eq. 1, 2 and 7: i = (i_N, i_C, i_H, i_W) indexes x and
% \mathcal{S}_i is the set of pixels of the same sample in the same group of C/G channels; m is the
% size of \mathcal{S}_i. G = 4 groups here.
x \in \mathbb{R}^{N \times C \times H \times W}, G = 4, \epsilon = 10^{-5}

\hat{x}_i = \frac{1}{\sigma_i}(x_i - \mu_i)
\mu_i = \frac{1}{m}\sum_{k \in \mathcal{S}_i} x_k, \quad \sigma_i = \sqrt{\frac{1}{m}\sum_{k \in \mathcal{S}_i}(x_k - \mu_i)^2 + \epsilon}
\mathcal{S}_i = \{k \mid k_N = i_N, \lfloor \frac{k_C}{C/G} \rfloor = \lfloor \frac{i_C}{C/G} \rfloor\}
