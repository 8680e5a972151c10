% Huang et al. 2016, "Deep Networks with Stochastic Depth", Eq. 2: a residual block kept (b_l = 1) or dropped (b_l = 0), with f_l a linear map here
H_{\ell-1} \in \mathbb{R}^{d}, W_\ell \in \mathbb{R}^{d \times d}, b_\ell \in \{0, 1\}

f_\ell(x) = W_\ell x
H_\ell = \mathrm{ReLU}(b_\ell f_\ell(H_{\ell-1}) + \mathrm{id}(H_{\ell-1}))
