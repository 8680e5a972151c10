% Viterbi recursion, Rabiner (1989), Eq. 33a; delta_{t-1} the best path scores at t-1, a the transitions,
% b_j(O_t) the emission probabilities of observation t, one per state (prose)
\delta_{t-1} \in \mathbb{R}^{N}, a \in \mathbb{R}^{N \times N}, b_j(O_t) \in \mathbb{R}^{N}

\delta_t(j) = \max_{1 \le i \le N} [\delta_{t-1}(i) a_{ij}] \, b_j(O_t)
