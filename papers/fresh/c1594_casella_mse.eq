% Casella & Berger, Statistical Inference (2nd ed.), Def. 7.3.1, the mean squared error of an estimator as printed
% (from memory of the printing): E_\theta(W - \theta)^2; here W's values on N samples drawn under \theta (prose).
W \in \mathbb{R}^{N}, \theta \in \mathbb{R}

\mathrm{MSE} = \mathrm{E}_\theta(W - \theta)^2
