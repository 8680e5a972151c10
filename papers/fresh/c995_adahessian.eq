% AdaHessian, Yao et al. (2021), Eq. 11: the second moment of the spatially averaged Hessian diagonal, from
% the t estimates D_i^{(s)} so far (one row each; prose)
D^{(s)} \in \mathbb{R}^{t \times d}, \beta_2 \in \mathbb{R}

\bar{D}_t = \sqrt{\frac{(1-\beta_2)\sum_{i=1}^{t} \beta_2^{t-i} D_i^{(s)} D_i^{(s)}}{1-\beta_2^t}}
