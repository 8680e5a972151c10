% Gaussian Error Linear Unit, exact form (Hendrycks & Gimpel, 2016, §2)
x \in \mathbb{R}^{d}

% GELU(x) = xP(X ≤ x) = xΦ(x), with Φ the standard normal CDF
\mathrm{GELU}(x) = x\Phi(x)
% the same through the error function: xΦ(x) = x · ½[1 + erf(x/√2)]
\mathrm{GELU}_{erf}(x) = \frac{x}{2}\left[1 + \mathrm{erf}\left(\frac{x}{\sqrt{2}}\right)\right]
