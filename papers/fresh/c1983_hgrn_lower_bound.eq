% Hierarchically Gated Recurrent Neural Network for Sequence Modeling (HGRN), Qin, Yang & Zhong (NeurIPS 2023),
% Sec. 3 (from memory): the forget gate of layer k with the learnable lower bound gamma^k; x_t the d-dim input,
% W_mu, b_mu the gate's parameters (declared from the prose), recurrence h_t = lambda_t h_{t-1} + (1-lambda_t) c_t
\mathbf{x}_t, \gamma^k, \mathbf{h}_{t-1}, \mathbf{c}_t \in \mathbb{R}^{d}, \mathbf{W}_{\mu} \in \mathbb{R}^{d \times d}, \mathbf{b}_{\mu} \in \mathbb{R}^{d}

\mu_t = \text{Sigmoid}(\mathbf{x}_t \mathbf{W}_{\mu} + \mathbf{b}_{\mu}) \in \mathbb{R}^{1 \times d}
\lambda_t = \gamma^k + (1 - \gamma^k) \odot \mu_t
\mathbf{h}_t = \lambda_t \odot \mathbf{h}_{t-1} + (1 - \lambda_t) \odot \mathbf{c}_t
