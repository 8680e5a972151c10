% Reinforcement Learning: An Introduction, Sutton & Barto (2018), Eq. 2.3: incremental sample average
Q_{n+1} = Q_n + \frac{1}{n}\left[R_n - Q_n\right]
