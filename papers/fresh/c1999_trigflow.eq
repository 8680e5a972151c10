% Simplifying, Stabilizing and Scaling Continuous-Time Consistency Models (sCM, TrigFlow), Lu & Song (ICLR 2025),
% Sec. 3 (from memory): the TrigFlow noisy sample (z ~ N(0, sigma_d^2 I)) and the diffusion (velocity) target;
% x_0, z in R^d declared from the prose
\boldsymbol{x}_0, \boldsymbol{z} \in \mathbb{R}^{d}, t \in \mathbb{R}

\boldsymbol{x}_t = \cos(t)\boldsymbol{x}_0 + \sin(t)\boldsymbol{z}
\boldsymbol{v}_t = \cos(t)\boldsymbol{z} - \sin(t)\boldsymbol{x}_0
