% DINO, Caron et al. (2021), Eq. 4: the centre c is an exponential moving average of the teacher outputs
% g_{theta_t}(x_i) over the batch of B images (prose)
c, g_{\theta_t}(x_i) \in \mathbb{R}^{K}, m \in \mathbb{R}

c \leftarrow m c + (1 - m) \frac{1}{B} \sum_{i=1}^{B} g_{\theta_t}(x_i)
