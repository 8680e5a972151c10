% Munchausen RL, Vieillard et al. (2020), Eq. 3 (M-DQN regression target) for one transition; q_{\bar\theta} is the
% target network's n_s x n_a table and \pi_{\bar\theta} its softmax policy table (prose), indices count from 0
q_{\bar\theta}, \pi_{\bar\theta} \in \mathbb{R}^{n_s \times n_a}, s_t, a_t, s_{t+1} \in \mathbb{N}, r_t, \alpha, \tau, \gamma \in \mathbb{R}

\hat{q}_{\text{m-dqn}}(r_t, s_{t+1}) = r_t + \alpha\tau\ln\pi_{\bar\theta}(a_t|s_t) + \gamma\sum_{a' \in A}\pi_{\bar\theta}(a'|s_{t+1})\left(q_{\bar\theta}(s_{t+1}, a') - \tau\ln\pi_{\bar\theta}(a'|s_{t+1})\right)
