% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 12.11 (dutch trace) and Eq. 12.10 (true online TD(lambda)),
% as printed
\mathbf{z}_{t-1} \in \mathbb{R}^{d}, \mathbf{x}_t \in \mathbb{R}^{d}, \mathbf{w}_t \in \mathbb{R}^{d}, \mathbf{w}_{t-1} \in \mathbb{R}^{d}, \delta_t \in \mathbb{R}, \alpha \in \mathbb{R}, \gamma \in \mathbb{R}, \lambda \in \mathbb{R}

\mathbf{z}_t \doteq \gamma \lambda \mathbf{z}_{t-1} + \left(1 - \alpha \gamma \lambda \mathbf{z}_{t-1}^\top \mathbf{x}_t\right) \mathbf{x}_t
\mathbf{w}_{t+1} \doteq \mathbf{w}_t + \alpha \delta_t \mathbf{z}_t + \alpha \left(\mathbf{w}_t^\top \mathbf{x}_t - \mathbf{w}_{t-1}^\top \mathbf{x}_t\right)\left(\mathbf{z}_t - \mathbf{x}_t\right)
