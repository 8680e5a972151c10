% Graves (2013), Generating Sequences with RNNs, Eqs. 38-41: RMSProp with momentum, as printed with Hebrew
% letters (aleph = 0.95, beth = 0.9, gimel = 1e-4, daleth = 1e-4); epsilon_i = dL/dw_i given
n, g, \Delta, w, \epsilon \in \mathbb{R}^{m}, \aleph = 0.95, \beth = 0.9, \gimel = 0.0001, \daleth = 0.0001

n_i = \aleph n_i + (1 - \aleph)\epsilon_i^2
g_i = \aleph g_i + (1 - \aleph)\epsilon_i
\Delta_i = \beth \Delta_i - \gimel \frac{\epsilon_i}{\sqrt{n_i - g_i^2 + \daleth}}
w_i = w_i + \Delta_i
