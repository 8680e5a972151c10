% Hyndman & Koehler (Int. J. Forecasting 2006), "Another Look at Measures of Forecast Accuracy", Sec. 3.4 (scaled
% error), written from memory of the printing; Y \in R^n the in-sample series, e \in R^H the forecast errors (prose)
Y \in \mathbb{R}^{n}, e \in \mathbb{R}^{H}

q_t = \frac{e_t}{\frac{1}{n-1} \sum_{i=2}^{n} |Y_i - Y_{i-1}|}
\text{MASE} = \text{mean}(|q_t|)
