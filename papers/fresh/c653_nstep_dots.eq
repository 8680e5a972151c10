% Sutton & Barto (2018), Eq. 7.1: the n-step return at step t, written term by term; here n = 3 and t = 0,
% R_{t+1} ... R_{t+3} the rewards and V the value of S_{t+3} (given)
R_{t+1}, R_{t+2}, R_{t+3}, V_{t+2}(S_{t+3}), \gamma \in \mathbb{R}

G_{t:t+3} = R_{t+1} + \gamma R_{t+2} + \gamma^{2} R_{t+3} + \gamma^{3} V_{t+2}(S_{t+3})
