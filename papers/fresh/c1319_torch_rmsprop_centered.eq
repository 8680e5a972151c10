% PyTorch documentation, torch.optim.RMSprop algorithm box, the centered branch without momentum, lines as
% printed; gamma the lr, alpha the smoothing constant
\theta_{t-1}, g_t, v_{t-1}, g^{ave}_{t-1} \in \mathbb{R}^{d}, \gamma, \alpha, \epsilon \in \mathbb{R}

v_t \leftarrow \alpha v_{t-1} + (1 - \alpha) g^2_t
\tilde{v_t} \leftarrow v_t
g^{ave}_t \leftarrow g^{ave}_{t-1} \alpha + (1-\alpha) g_t
\tilde{v_t} \leftarrow \tilde{v_t} - \big(g^{ave}_{t} \big)^2
\theta_t \leftarrow \theta_{t-1} - \gamma g_t/ \big(\sqrt{\tilde{v_t}} + \epsilon \big)
