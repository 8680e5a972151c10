% Temperature scaling of a binary classifier's probabilities (Guo et al. 2017, Sec. 4.1 with Platt's form): the
% calibrated probability from the logit of each predicted probability p_i; T the temperature (prose)
p \in \mathbb{R}^{n}, T \in \mathbb{R}

\hat{q}_i = \sigma(\mathrm{logit}(p_i) / T)
