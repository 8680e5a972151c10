% Symmetric mean absolute percentage error over n forecasts F_t of actual values A_t (Armstrong 1985; the
% form of the M3/M4 competitions), in percent
A \in \mathbb{R}^{n}, F \in \mathbb{R}^{n}

\text{SMAPE} = \frac{100}{n} \sum_{t=1}^{n} \frac{|F_t - A_t|}{(|A_t| + |F_t|)/2}
