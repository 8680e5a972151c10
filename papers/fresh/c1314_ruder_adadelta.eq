% Ruder (2016), Sec. 4.4 (Adadelta), as printed (RMS in italic letters); the running averages of step t-1 and the
% gradient g_t given, d parameters
E[g^2]_{t-1}, E[\Delta \theta^2]_{t-1}, g_t, \theta_t \in \mathbb{R}^{d}, \gamma, \epsilon \in \mathbb{R}

E[g^2]_t = \gamma E[g^2]_{t-1} + (1 - \gamma) g^2_t
RMS[g]_{t} = \sqrt{E[g^2]_t + \epsilon}
RMS[\Delta \theta]_{t-1} = \sqrt{E[\Delta \theta^2]_{t-1} + \epsilon}
\Delta \theta_t = - \dfrac{RMS[\Delta \theta]_{t-1}}{RMS[g]_{t}} g_{t}
\theta_{t+1} = \theta_t + \Delta \theta_t
