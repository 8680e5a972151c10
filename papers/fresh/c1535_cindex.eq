% Harrell's concordance index as printed in the pysurvival / lifelines documentation and Uno et al. (2011) (from memory
% of the printing): T the observed times, \eta the predicted risks, \delta the event indicators of n subjects
T, \eta, \delta \in \mathbb{R}^{n}

C = \frac{\sum_{i,j} \mathbf{1}_{T_j < T_i} \cdot \mathbf{1}_{\eta_j > \eta_i} \cdot \delta_j}{\sum_{i,j} \mathbf{1}_{T_j < T_i} \cdot \delta_j}
