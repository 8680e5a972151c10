% Soft Actor-Critic, Haarnoja et al. (2018), Eq. 3 and the soft value: target for a batch of B transitions,
% one sampled next action each; Q of the target network and log pi at (s_{t+1}, a_{t+1}) given per transition
r(\mathbf{s}_t, \mathbf{a}_t), Q_{\bar\theta}(\mathbf{s}_{t+1}, \mathbf{a}_{t+1}), \log \pi(\mathbf{a}_{t+1}|\mathbf{s}_{t+1}) \in \mathbb{R}^{B}, \gamma, \alpha \in \mathbb{R}

V_{\bar\theta}(\mathbf{s}_{t+1}) = Q_{\bar\theta}(\mathbf{s}_{t+1}, \mathbf{a}_{t+1}) - \alpha \log \pi(\mathbf{a}_{t+1}|\mathbf{s}_{t+1})
\hat{Q}(\mathbf{s}_t, \mathbf{a}_t) = r(\mathbf{s}_t, \mathbf{a}_t) + \gamma V_{\bar\theta}(\mathbf{s}_{t+1})
