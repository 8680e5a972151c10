% Softplus and the Mish activation built on it (Misra, 2019, Eq. 1)
x \in \mathbb{R}^{d}

% softplus ζ(x) = log(1 + e^x) (Goodfellow et al., Deep Learning, §3.10), without overflow
\zeta(x) = \mathrm{softplus}(x)
% Mish: f(x) = x tanh(softplus(x))
\mathrm{Mish}(x) = x\tanh(\mathrm{softplus}(x))
