% PyTorch documentation, torch.optim.AdamW algorithm box, lines as printed (amsgrad off): the decoupled decay
% first, then the Adam step on the decayed parameters; gamma the lr, lambda the weight decay, t the step
\theta_{t-1}, g_t, m_{t-1}, v_{t-1} \in \mathbb{R}^{d}, \gamma, \lambda, \beta_1, \beta_2, \epsilon, t \in \mathbb{R}

\theta_t \leftarrow \theta_{t-1} - \gamma \lambda \theta_{t-1}
m_t \leftarrow \beta_1 m_{t-1} + (1 - \beta_1) g_t
v_t \leftarrow \beta_2 v_{t-1} + (1-\beta_2) g^2_t
\widehat{m_t} \leftarrow m_t/\big(1-\beta_1^t \big)
\widehat{v_t} \leftarrow v_t/\big(1-\beta_2^t \big)
\theta_t \leftarrow \theta_t - \gamma \widehat{m_t}/ \big(\sqrt{\widehat{v_t}} + \epsilon \big)
