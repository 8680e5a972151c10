% DeepSurv, Katzman et al. (2018), Eq. 4 as printed (from memory of the printing): the average negative log Cox partial
% likelihood of the network outputs \hat{h}_\theta(x_i), E_i = 1 an observed event, \Re(T_i) the set of patients still
% at risk at time T_i, i.e. with T_j \geq T_i (prose); N_{E=1} the number of observed events
\hat{h}_\theta(x), T, E \in \mathbb{R}^{N}

l(\theta) := -\frac{1}{N_{E=1}} \sum_{i: E_i = 1} \left( \hat{h}_\theta(x_i) - \log \sum_{j \in \Re(T_i)} e^{\hat{h}_\theta(x_j)} \right)
