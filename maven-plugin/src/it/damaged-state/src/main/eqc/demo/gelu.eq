% Gaussian Error Linear Unit, tanh approximation (Hendrycks & Gimpel, 2016, §2)
x \in \mathbb{R}^{d}

% GELU(x) ≈ 0.5x(1 + tanh[√(2/π)(x + 0.044715x³)])
\mathrm{GELU}(x) = 0.5x\left(1 + \tanh\left(\sqrt{2/\pi}\left(x + 0.044715x^3\right)\right)\right)
