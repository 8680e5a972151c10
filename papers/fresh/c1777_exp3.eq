% Auer et al. (SIAM J. Comput. 2002), "The Nonstochastic Multiarmed Bandit Problem", Fig. 1 (Exp3), step 1,
% written from memory of the printing; the weights w(t) \in R^K at the current round (prose)
p_i(t) = (1 - \gamma) \frac{w_i(t)}{\sum_{j=1}^{K} w_j(t)} + \frac{\gamma}{K}
