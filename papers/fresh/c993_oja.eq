% Oja's rule, Oja (1982), as printed in Hertz, Krogh & Palmer (1991), Eq. 8.19: the Hebbian update with
% decay of the weights of a linear unit V = \sum_j w_j \xi_j (prose)
w, \xi \in \mathbb{R}^{N}, \eta \in \mathbb{R}

V = \sum_j w_j \xi_j
\Delta w_i = \eta V (\xi_i - V w_i)
