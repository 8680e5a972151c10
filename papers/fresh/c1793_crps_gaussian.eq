% Gneiting et al. (Mon. Weather Rev. 2005), "Calibrated Probabilistic Forecasting Using Ensemble Model Output
% Statistics ...", Eq. 5 (CRPS of a normal forecast), written from memory of the printing; Phi, varphi the standard
% normal CDF and density (prose)
\mathrm{CRPS}(\mathcal{N}(\mu, \sigma^2), x) = \sigma \left\{ \frac{x - \mu}{\sigma} \left[ 2 \Phi\left(\frac{x - \mu}{\sigma}\right) - 1 \right] + 2 \varphi\left(\frac{x - \mu}{\sigma}\right) - \frac{1}{\sqrt{\pi}} \right\}
