% torch.nn.LocalResponseNorm documentation (after Krizhevsky et al. 2012): a_c the activity of channel c
% at one position, N channels (as the documentation's formula uses N); size n = 3, alpha, beta, k its defaults
a \in \mathbb{R}^{N}, n = 3, \alpha = 10^{-4}, \beta = 0.75, k = 1

b_c = a_c \left(k + \frac{\alpha}{n} \sum_{c'=\max(0, c-n/2)}^{\min(N-1, c+n/2)} a_{c'}^2\right)^{-\beta}
