% Split conformal prediction, Angelopoulos & Bates (2021), Sec. 1 as printed (from memory of the printing): the
% quantile level of the calibration scores, with n calibration points and error rate alpha
n, \alpha \in \mathbb{R}

q_{\mathrm{level}} = \frac{\lceil (n+1)(1-\alpha) \rceil}{n}
