% ADADELTA, Zeiler (2012), Algorithm 1 lines 4-7 with Eq. 9's RMS[y]_t = sqrt(E[y^2]_t + eps); the running
% averages of the previous step and the gradient g_t are given
g_t, x_t, E[g^2]_{t-1}, E[\Delta x^2]_{t-1} \in \mathbb{R}^{d}, \rho, \epsilon \in \mathbb{R}

E[g^2]_t = \rho E[g^2]_{t-1} + (1 - \rho) g_t^2
\mathrm{RMS}[g]_t = \sqrt{E[g^2]_t + \epsilon}
\mathrm{RMS}[\Delta x]_{t-1} = \sqrt{E[\Delta x^2]_{t-1} + \epsilon}
\Delta x_t = -\frac{\mathrm{RMS}[\Delta x]_{t-1}}{\mathrm{RMS}[g]_t} g_t
E[\Delta x^2]_t = \rho E[\Delta x^2]_{t-1} + (1 - \rho) \Delta x_t^2
x_{t+1} = x_t + \Delta x_t
