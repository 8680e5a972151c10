% Sutton & Barto, Reinforcement Learning (2nd ed.), Eq. 9.7 (semi-gradient TD(0) with linear features), as printed
\mathbf{w}_t \in \mathbb{R}^{d}, \mathbf{x}_t \in \mathbb{R}^{d}, \mathbf{x}_{t+1} \in \mathbb{R}^{d}, R_{t+1} \in \mathbb{R}, \alpha \in \mathbb{R}, \gamma \in \mathbb{R}

\mathbf{w}_{t+1} \doteq \mathbf{w}_t + \alpha \left( R_{t+1} + \gamma \mathbf{w}_t^\top \mathbf{x}_{t+1} - \mathbf{w}_t^\top \mathbf{x}_t \right) \mathbf{x}_t
