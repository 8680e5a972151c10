% TD(0)'s error with the value table declared and the states not: V(s_1) is V at the state s_1 (its entry)
% or V times an assumed number s_1, a vector; eqc cannot tell which.
V \in \mathbb{R}^{n}, r, \gamma \in \mathbb{R}
\delta = r + \gamma V(s_1) - V(s_0)
% ~ERROR E0380
% ~ERROR E0380
