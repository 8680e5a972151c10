% Sutton & Barto (2018), Eqs. 9.8 and 12.5-12.7: semi-gradient TD(lambda) with linear function
% approximation; the feature vectors x(s) are the rows of \Phi (helper), states count from 0
\Phi \in \mathbb{R}^{n_s \times d}, \mathbf{w}_t, \mathbf{z}_{t-1} \in \mathbb{R}^{d}, S_t, S_{t+1} \in \mathbb{N}, R_{t+1}, \alpha, \gamma, \lambda \in \mathbb{R}

\mathbf{x}(s) = \Phi_s
\hat{v}(s,\mathbf{w}) \doteq \mathbf{w}^\top\mathbf{x}(s)
\mathbf{z}_t \doteq \gamma\lambda\mathbf{z}_{t-1} + \nabla\hat{v}(S_t,\mathbf{w}_t)
\delta_t \doteq R_{t+1} + \gamma\hat{v}(S_{t+1},\mathbf{w}_t) - \hat{v}(S_t,\mathbf{w}_t)
\mathbf{w}_{t+1} \doteq \mathbf{w}_t + \alpha\delta_t\mathbf{z}_t
