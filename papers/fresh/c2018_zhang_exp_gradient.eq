% Tong Zhang (2023), Ch. 14 (online learning, exponentiated gradient): the multiplicative update on the simplex, from
% memory of the printing; w_t, g_t in R^d the current weights and gradient (prose)
w_t, g_t \in \mathbb{R}^{d}, \eta \in \mathbb{R}

w_{t+1,j} = \frac{w_{t,j}\exp(-\eta g_{t,j})}{\sum_{k=1}^{d} w_{t,k}\exp(-\eta g_{t,k})}
