% PyTorch documentation, torch.optim.Adadelta algorithm box, lines as printed (no weight decay); gamma the lr,
% v the square average, u the accumulated update
\theta_{t-1}, g_t, v_{t-1}, u_{t-1} \in \mathbb{R}^{d}, \gamma, \rho, \epsilon \in \mathbb{R}

v_t \leftarrow v_{t-1} \rho + g^2_t (1 - \rho)
\Delta x_t \leftarrow \frac{\sqrt{u_{t-1} + \epsilon }}{ \sqrt{v_t + \epsilon} }g_t
u_t \leftarrow u_{t-1} \rho + \Delta x^2_t (1 - \rho)
\theta_t \leftarrow \theta_{t-1} - \gamma \Delta x_t
