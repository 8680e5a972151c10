% BALD with MC dropout, Gal, Islam & Ghahramani (2017), Eq. 7's Monte Carlo estimate as printed (from memory of the
% printing): \hat{p}^t_c the probability of class c under the t-th of T dropout samples (prose)
\hat{p} \in \mathbb{R}^{T \times C}

\mathbb{I}[y, \omega \mid \mathbf{x}, \mathcal{D}_{\mathrm{train}}] = -\sum_c \left( \frac{1}{T} \sum_t \hat{p}^t_c \right) \log \left( \frac{1}{T} \sum_t \hat{p}^t_c \right) + \frac{1}{T} \sum_{c,t} \hat{p}^t_c \log \hat{p}^t_c
