% Noisy networks, Fortunato et al. (2018), Eqs. 9-11: a noisy linear layer with factorised Gaussian noise,
% epsilon^w_{i,j} = f(epsilon_i) f(epsilon_j); p inputs, q outputs (prose), the noise draws given
\mu^w, \sigma^w \in \mathbb{R}^{q \times p}, \mu^b, \sigma^b, \varepsilon^{out} \in \mathbb{R}^{q}, x, \varepsilon^{in} \in \mathbb{R}^{p}

f(x) = \operatorname{sgn}(x) \sqrt{|x|}
\varepsilon^w_{i,j} = f(\varepsilon^{out}_i) f(\varepsilon^{in}_j)
\varepsilon^b_j = f(\varepsilon^{out}_j)
y = (\mu^w + \sigma^w \odot \varepsilon^w) x + \mu^b + \sigma^b \odot \varepsilon^b
