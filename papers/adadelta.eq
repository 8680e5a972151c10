% ADADELTA, Zeiler (2012), Algorithm 1 (one iteration t) with Eq. 9, RMS[g]_t = sqrt(E[g^2]_t + eps);
% RMS[\Delta x]_{t-1} is defined the same way (Eq. 9 applied to \Delta x, as the paper does in
% words). Squares are element-wise; x_t are the parameters, g_t the gradient.
g_t, x_t, E[g^2]_{t-1}, E[\Delta x^2]_{t-1} \in \mathbb{R}^{d}, \rho \in \mathbb{R}, \epsilon = 10^{-6}

\mathrm{RMS}[g]_t = \sqrt{E[g^2]_t + \epsilon}
\mathrm{RMS}[\Delta x]_{t-1} = \sqrt{E[\Delta x^2]_{t-1} + \epsilon}
E[g^2]_t = \rho E[g^2]_{t-1} + (1 - \rho) g_t^2
\Delta x_t = -\frac{\mathrm{RMS}[\Delta x]_{t-1}}{\mathrm{RMS}[g]_t} g_t
E[\Delta x^2]_t = \rho E[\Delta x^2]_{t-1} + (1 - \rho) \Delta x_t^2
x_{t+1} = x_t + \Delta x_t
