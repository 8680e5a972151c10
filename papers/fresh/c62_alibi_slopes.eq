% ALiBi head slopes, Press et al. (2022) §3: "For models with 8 heads, the slopes that we used are the
% geometric sequence 1/2^1, 1/2^2, ..., 1/2^8"; in general m_i = 2^{-8i/n} for heads i = 1..n
m \in \mathbb{R}^{n}

m_i = 2^{-8i/n}
