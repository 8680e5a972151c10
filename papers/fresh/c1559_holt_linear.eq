% Holt's linear trend method, Hyndman & Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed.), Sec. 8.2
% as printed (from memory of the printing): level and trend equations over the T observations y_t, with the
% smoothing parameters alpha and beta^*, starting from \ell_0 and b_0 (given)
y \in \mathbb{R}^{T}, \alpha, \beta^*, \ell_0, b_0 \in \mathbb{R}

\begin{aligned} \text{Level equation} \quad \ell_t &= \alpha y_t + (1 - \alpha)(\ell_{t-1} + b_{t-1}) \\ \text{Trend equation} \quad b_t &= \beta^*(\ell_t - \ell_{t-1}) + (1 - \beta^*) b_{t-1} \end{aligned}
