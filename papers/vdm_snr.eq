% Variational diffusion models, Kingma, Salimans, Poole & Ho (2021), §3.2: the signal-to-noise ratio
\alpha_t, \sigma_t \in \mathbb{R}

\mathrm{SNR}(t) = \alpha_t^2 / \sigma_t^2
