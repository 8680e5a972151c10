% OpenAI Spinning Up, TD3 page, Key Equations (clipped double-Q target), pasted from docs/algorithms/td3.rst: one
% transition; the two target critics' values at (s', a'(s')) given, one per i (prose: "whichever of the two
% Q-functions gives a smaller target value")
r, d, \gamma \in \mathbb{R}, Q_{\phi_{i, \text{targ}}}(s', a'(s')) \in \mathbb{R}^{2}

y(r,s',d) = r + \gamma (1 - d) \min_{i=1,2} Q_{\phi_{i, \text{targ}}}(s', a'(s')),
