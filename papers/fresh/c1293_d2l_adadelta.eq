% Zhang et al., Dive into Deep Learning, Sec. 12.9 (Adadelta), as printed; rho, epsilon scalars, the states of step t-1 given
\mathbf{s}_{t-1}, \Delta\mathbf{x}_{t-1}, \mathbf{x}_{t-1}, \mathbf{g}_t \in \mathbb{R}^{d}, \rho, \epsilon \in \mathbb{R}

$$\begin{aligned}
    \mathbf{s}_t & = \rho \mathbf{s}_{t-1} + (1 - \rho) \mathbf{g}_t^2.
\end{aligned}$$
$$\begin{aligned}
    \mathbf{x}_t  & = \mathbf{x}_{t-1} - \mathbf{g}_t'. \\
\end{aligned}$$
$$\begin{aligned}
    \mathbf{g}_t' & = \frac{\sqrt{\Delta\mathbf{x}_{t-1} + \epsilon}}{\sqrt{{\mathbf{s}_t + \epsilon}}} \odot \mathbf{g}_t, \\
\end{aligned}$$
$$\begin{aligned}
    \Delta \mathbf{x}_t & = \rho \Delta\mathbf{x}_{t-1} + (1 - \rho) {\mathbf{g}_t'}^2,
\end{aligned}$$
