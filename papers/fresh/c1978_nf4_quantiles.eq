% QLoRA, Dettmers et al. (NeurIPS 2023), Eq. 4 (from memory): the k-bit NormalFloat quantiles q_i from the
% quantile function Q_X of the standard normal N(0, 1) (so stated in the prose); k given
k \in \mathbb{N}

q_i = \frac{1}{2}\left(Q_X\left(\frac{i}{2^k+1}\right) + Q_X\left(\frac{i+1}{2^k+1}\right)\right)
