% Stanford CS234 (Brunskill), lecture 2 notes/slides, iterative evaluation of a Markov reward process, from memory:
% V_k(s) = R(s) + gamma sum_{s' in S} P(s'|s) V_{k-1}(s'); P the transition table, R the rewards, over |S| states
P \in \mathbb{R}^{S \times S}, R, V_{k-1} \in \mathbb{R}^{S}, \gamma \in \mathbb{R}

V_k(s) = R(s) + \gamma \sum_{s' \in S} P(s'|s) V_{k-1}(s')
