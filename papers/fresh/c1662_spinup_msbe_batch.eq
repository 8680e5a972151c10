% OpenAI Spinning Up, DDPG/TD3 pseudocode, the Q update, pasted from docs/algorithms/ddpg.rst (written as L = the
% quantity the pseudocode takes the gradient of): the critic's values and the targets given per transition of the
% batch B (prose: "Randomly sample a batch of transitions, B = {(s,a,r,s',d)}")
Q_{\phi}(s,a), y(r,s',d) \in \mathbb{R}^{|B|}

L = \frac{1}{|B|}\sum_{(s,a,r,s',d) \in B} \left( Q_{\phi}(s,a) - y(r,s',d) \right)^2
