% sCM / TrigFlow, Lu & Song (ICLR 2025), "Simplifying, Stabilizing and Scaling Continuous-Time Consistency Models",
% Sec. 3: the interpolant and the consistency function's parameterisation, from memory of the printing; the network
% output F at (x_t / \sigma_d, t) given as a vector of D values (prose)
\mathbf{x}_0, \mathbf{z}, \mathbf{F}_\theta\left(\frac{\mathbf{x}_t}{\sigma_d}, t\right) \in \mathbb{R}^{D}, t, \sigma_d \in \mathbb{R}

\mathbf{x}_t = \cos(t) \mathbf{x}_0 + \sin(t) \mathbf{z}
\mathbf{f}_\theta(\mathbf{x}_t, t) = \cos(t) \mathbf{x}_t - \sin(t) \sigma_d \mathbf{F}_\theta\left(\frac{\mathbf{x}_t}{\sigma_d}, t\right)
