% Arbitrary style transfer with adaptive instance normalization (AdaIN), Huang & Belongie (2017), Eqs. 5,
% 6 and 8: x (content) and y (style) are N x C x H x W feature maps (prose); eps inside the root as in the
% paper's Eq. 6
x, y \in \mathbb{R}^{N \times C \times H \times W}, \epsilon = 10^{-5}

\mu_{nc}(x) = \frac{1}{HW}\sum_{h=1}^{H}\sum_{w=1}^{W} x_{nchw}
\sigma_{nc}(x) = \sqrt{\frac{1}{HW}\sum_{h=1}^{H}\sum_{w=1}^{W}(x_{nchw} - \mu_{nc}(x))^2 + \epsilon}
\mathrm{AdaIN}(x, y) = \sigma(y)\left(\frac{x - \mu(x)}{\sigma(x)}\right) + \mu(y)
