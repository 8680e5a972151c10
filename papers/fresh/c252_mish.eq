% Mish, Misra (2019), Eq. 1 with softplus(x) = ln(1 + e^x)
\mathrm{softplus}(x) = \ln(1 + e^x)
f(x) = x \tanh(\mathrm{softplus}(x))
