% Layer normalization (Ba, Kiros & Hinton, 2016, Eq. 4), with the usual epsilon
a \in \mathbb{R}^{H}, g, b \in \mathbb{R}^{H}
\epsilon = 10^{-5}

% Mean of the summed inputs over the hidden units of the layer
\mu = \frac{1}{H}\sum_{i=1}^{H} a_i
% Their standard deviation
\sigma = \sqrt{\frac{1}{H}\sum_{i=1}^{H} \left(a_i - \mu\right)^2 + \epsilon}
% Normalized, then rescaled by the gain g and shifted by the bias b
h_i = \frac{g_i}{\sigma}\left(a_i - \mu\right) + b_i
