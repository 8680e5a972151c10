% Sutton & Barto (2018), Eq. 9.7 with the linear value of Eq. 9.8: semi-gradient TD(0); the feature
% vectors \mathbf{x}_t = \mathbf{x}(S_t) and \mathbf{x}_{t+1} are given (prose)
\mathbf{w}_t, \mathbf{x}_t, \mathbf{x}_{t+1} \in \mathbb{R}^{d}, R_{t+1}, \alpha, \gamma \in \mathbb{R}

\mathbf{w}_{t+1} \doteq \mathbf{w}_t + \alpha\left(R_{t+1} + \gamma\mathbf{w}_t^\top\mathbf{x}_{t+1} - \mathbf{w}_t^\top\mathbf{x}_t\right)\mathbf{x}_t
