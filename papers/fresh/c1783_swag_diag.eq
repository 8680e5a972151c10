% Maddox et al. (NeurIPS 2019), "A Simple Baseline for Bayesian Uncertainty in Deep Learning" (SWAG), Sec. 4.1,
% written from memory of the printing; theta_i the T SGD iterates, theta \in R^{T x d} (prose)
\theta \in \mathbb{R}^{T \times d}

\theta_{\text{SWA}} = \frac{1}{T} \sum_{i=1}^{T} \theta_i
\overline{\theta^2} = \frac{1}{T} \sum_{i=1}^{T} \theta_i^2
\Sigma_{\text{diag}} = \text{diag}(\overline{\theta^2} - \theta_{\text{SWA}}^2)
