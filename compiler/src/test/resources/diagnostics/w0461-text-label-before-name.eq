% Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 8.1: simple exponential smoothing's forecast, labelled
y, \ell_{t-1}, \alpha \in \mathbb{R}
\text{Forecast equation} \quad \hat{y}_{t+1} = \alpha y + (1 - \alpha) \ell_{t-1}
% ~WARNING W0461
