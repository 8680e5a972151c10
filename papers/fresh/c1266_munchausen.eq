% Munchausen RL, Vieillard et al. (2020), Eq. 2 with pi = sm(q / tau): the M-DQN target of one transition;
% q_t, q_{t+1} the target network's values of the A actions at s_t and s_{t+1}, a_t the action taken (prose)
q_t, q_{t+1} \in \mathbb{R}^{A}, a_t \in \{1, \dots, A\}, r_t, \alpha, \tau, \gamma, l_0 \in \mathbb{R}

\pi_t = \mathrm{softmax}(q_t / \tau)
\pi_{t+1} = \mathrm{softmax}(q_{t+1} / \tau)
\hat{q}_{\text{m-dqn}} = r_t + \alpha \left[\tau \ln \pi_t(a_t)\right]_{l_0}^{0} + \gamma \sum_{a' \in \mathcal{A}} \pi_{t+1}(a') \left(q_{t+1}(a') - \tau \ln \pi_{t+1}(a')\right)
