% GELU, Hendrycks & Gimpel (2016), Sec. 2
\mathrm{GELU}(x) = x P(X \le x) = x \Phi(x) = x \cdot \frac{1}{2}\left[1 + \operatorname{erf}(x/\sqrt{2})\right]
