% OpenAI Spinning Up, TD3: the clipped double-Q target over a batch of B transitions; the two target critics'
% values at (s', a'(s')) and r, d given per transition (prose)
Q_{\phi_{1, \text{targ}}}(s', a'(s')), Q_{\phi_{2, \text{targ}}}(s', a'(s')), r, d \in \mathbb{R}^{B}, \gamma \in \mathbb{R}

y(r,s',d) = r + \gamma (1 - d) \min_{i=1,2} Q_{\phi_{i, \text{targ}}}(s', a'(s'))
