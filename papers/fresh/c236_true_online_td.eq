% Sutton & Barto (2018), Eqs. 12.11 and 12.10: true online TD(lambda) with the dutch trace, linear
% features x_t (one step; delta_t given)
\mathbf{z}_{t-1}, \mathbf{x}_t, \mathbf{w}_t, \mathbf{w}_{t-1} \in \mathbb{R}^{d}, \gamma, \lambda, \alpha, \delta_t \in \mathbb{R}

\mathbf{z}_t \doteq \gamma \lambda \mathbf{z}_{t-1} + \left(1 - \alpha \gamma \lambda \mathbf{z}_{t-1}^\top \mathbf{x}_t\right) \mathbf{x}_t
\mathbf{w}_{t+1} \doteq \mathbf{w}_t + \alpha \delta_t \mathbf{z}_t + \alpha \left(\mathbf{w}_t^\top \mathbf{x}_t - \mathbf{w}_{t-1}^\top \mathbf{x}_t\right) \left(\mathbf{z}_t - \mathbf{x}_t\right)
