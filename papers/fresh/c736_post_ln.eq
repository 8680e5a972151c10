% Learning deep Transformer models for machine translation, Wang et al. (2019), Eq. 1: the post-norm residual unit;
% F the position-wise feed-forward network of Vaswani et al. (2017), Eq. 2 (prose), LN layer normalisation
x_l \in \mathbb{R}^{n \times d}, W_1 \in \mathbb{R}^{d \times d_{ff}}, b_1 \in \mathbb{R}^{d_{ff}}, W_2 \in \mathbb{R}^{d_{ff} \times d}, b_2 \in \mathbb{R}^{d}

\mathcal{F}(x; \theta) = \max(0, xW_1 + b_1)W_2 + b_2
x_{l+1} = \mathrm{LN}(x_l + \mathcal{F}(x_l; \theta_l))
