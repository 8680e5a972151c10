% Leaky rectifier (Maas, Hannun & Ng, 2013), and the version with the slope written out
x \in \mathbb{R}^{d}

f(x) = \mathrm{LeakyReLU}(x)
g(x) = \max(0.01x, x)
