% Prince, Understanding Deep Learning (2023), Eq. 6.16 (Adam) as printed; the gradient of the loss at phi_t given,
% D parameters; beta, gamma the moment decay rates, alpha the learning rate, t the step (prose)
\mathbf{m}_t, \mathbf{v}_t, \boldsymbol\phi_t, \frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi} \in \mathbb{R}^{D}, \beta, \gamma, \alpha, \epsilon \in \mathbb{R}, t \in \mathbb{N}

\mathbf{m}_{t+1} \leftarrow \beta\cdot\mathbf{m}_t + (1-\beta)\frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi}
\mathbf{v}_{t+1} \leftarrow \gamma\cdot\mathbf{v}_t + (1-\gamma)\left(\frac{\partial L[\boldsymbol\phi_t]}{\partial \boldsymbol\phi}\right)^2
\tilde{\mathbf{m}}_{t+1} \leftarrow \frac{\mathbf{m}_{t+1}}{1-\beta^{t+1}}
\tilde{\mathbf{v}}_{t+1} \leftarrow \frac{\mathbf{v}_{t+1}}{1-\gamma^{t+1}}
\boldsymbol\phi_{t+1} \leftarrow \boldsymbol\phi_t - \alpha\cdot\frac{\tilde{\mathbf{m}}_{t+1}}{\sqrt{\tilde{\mathbf{v}}_{t+1}}+\epsilon}
