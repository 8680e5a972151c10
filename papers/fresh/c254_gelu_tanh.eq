% Gaussian error linear units, Hendrycks & Gimpel (2016), Sec. 2: the tanh approximation
\mathrm{GELU}(x) \approx 0.5x(1 + \tanh[\sqrt{2/\pi}(x + 0.044715x^3)])
